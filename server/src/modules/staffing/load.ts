import { bookedInWeek, type CapacityBasis, type WeekDays, weekCapacity } from '../people/index.ts';
import type { Booking } from './assignments.repository.ts';

export type WeekLoad = { confirmed: number; proposed: number; capacity: number };

const round = (n: number) => Math.round(n * 10) / 10;

/** A person's booked hours (confirmed and proposed apart) against their capacity, per week. */
export function weeklyLoad(
  basis: CapacityBasis,
  bookings: readonly Booking[],
  weeks: readonly WeekDays[],
): WeekLoad[] {
  return weeks.map((week) => {
    let confirmed = 0;
    let proposed = 0;
    for (const b of bookings) {
      const hours = bookedInWeek(b, week);
      if (b.status === 'confirmed') confirmed += hours;
      else proposed += hours;
    }
    return {
      confirmed: round(confirmed),
      proposed: round(proposed),
      capacity: weekCapacity(basis, week),
    };
  });
}

/** Weeks where everything booked is more than the person can work. */
export const overAllocatedWeeks = (weeks: readonly WeekDays[], load: readonly WeekLoad[]) =>
  load.flatMap((w, i) =>
    w.confirmed + w.proposed > w.capacity
      ? [
          {
            week: weeks[i]?.[0] as string,
            bookedHours: round(w.confirmed + w.proposed),
            capacityHours: w.capacity,
          },
        ]
      : [],
  );
