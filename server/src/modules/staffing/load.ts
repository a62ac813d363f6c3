import { bookedInWeek, type CapacityBasis, weekCapacity } from '../people/index.ts';
import type { Booking } from './assignments.repository.ts';

export type WeekLoad = { confirmed: number; proposed: number; capacity: number };

const round = (n: number) => Math.round(n * 10) / 10;

/** A person's booked hours (confirmed and proposed apart) against their capacity, per week. */
export function weeklyLoad(
  basis: CapacityBasis,
  bookings: readonly Booking[],
  mondays: readonly string[],
): WeekLoad[] {
  return mondays.map((monday) => {
    let confirmed = 0;
    let proposed = 0;
    for (const b of bookings) {
      const hours = bookedInWeek(b, monday);
      if (b.status === 'confirmed') confirmed += hours;
      else proposed += hours;
    }
    return {
      confirmed: round(confirmed),
      proposed: round(proposed),
      capacity: weekCapacity(basis, monday),
    };
  });
}

/** Weeks where everything booked is more than the person can work. */
export const overAllocatedWeeks = (mondays: readonly string[], load: readonly WeekLoad[]) =>
  load.flatMap((w, i) =>
    w.confirmed + w.proposed > w.capacity
      ? [
          {
            week: mondays[i] as string,
            bookedHours: round(w.confirmed + w.proposed),
            capacityHours: w.capacity,
          },
        ]
      : [],
  );
