import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { createContext, useContext } from 'react';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The reader's time zone: the signed-in shell provides the user's; elsewhere the browser's. */
export const TimeZoneContext = createContext<string | undefined>(undefined);

/** Stored times are UTC; people read them in their own time zone. */
export function DateTime({ value }: { value: string | null | undefined }) {
  const zone = useContext(TimeZoneContext) ?? dayjs.tz.guess();
  if (!value) return <>—</>;
  return <time dateTime={value}>{dayjs(value).tz(zone).format('YYYY-MM-DD HH:mm:ss')}</time>;
}
