import { z } from 'zod';

/**
 * What settings tell other modules through the outbox: a calendar's working time changed (its
 * week, zone or days), so whatever was measured on it is measured again (SLA clocks).
 */
export const calendarChanged = {
  type: 'calendar.changed',
  payload: z.object({ calendarId: z.string() }),
};
