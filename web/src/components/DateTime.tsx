import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { useMe } from '../modules/auth/api';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Stored times are UTC; people read them in their own time zone. */
export function DateTime({ value }: { value: string | null | undefined }) {
  const { data } = useMe();
  if (!value) return <>—</>;
  const zone = data?.user.timeZone ?? dayjs.tz.guess();
  return <time dateTime={value}>{dayjs(value).tz(zone).format('YYYY-MM-DD HH:mm:ss')}</time>;
}
