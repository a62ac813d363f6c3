import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
import { useKeysetPages } from '../../api/keyset-pages';
import type { paths } from '../../api/schema';

export type Week = Schemas['TimeWeek'];
export type WeekRow = Week['rows'][number];
export type Timesheet = Schemas['Timesheet'];
export type TimeEntry = Schemas['TimeEntry'];
export type InboxItem = Schemas['TimesheetInboxItem'];
export type TimesheetStatus = Timesheet['status'];
type SheetFilter = Omit<
  NonNullable<paths['/api/v1/timesheets']['get']['parameters']['query']>,
  'limit' | 'cursor'
>;

export const statusColor: Record<TimesheetStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  supplier_approved: 'cyan',
  approved: 'success',
  rejected: 'error',
};

/** The Monday of the week a day falls in, as an ISO date. */
export const mondayOf = (day: dayjs.Dayjs | string) => {
  const d = dayjs(day);
  return d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD');
};
export const shiftWeek = (monday: string, weeks: number) =>
  dayjs(monday)
    .add(weeks * 7, 'day')
    .format('YYYY-MM-DD');

const keys = {
  week: (week: string, personId?: string) => ['time', 'week', week, personId ?? 'me'] as const,
  sheets: ['time', 'sheets'] as const,
};

export function useWeek(week: string, personId?: string) {
  return useQuery({
    queryKey: keys.week(week, personId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/time/weeks/{week}', {
          params: { path: { week }, query: personId ? { personId } : {} },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Saving the grid and sending it for approval; both answer with the week as it now stands. */
export function useChangeWeek(week: string, personId?: string) {
  const qc = useQueryClient();
  const onSuccess = (w: Week) => {
    qc.setQueryData(keys.week(week, personId), w);
    qc.invalidateQueries({ queryKey: keys.sheets });
  };
  const params = { path: { week } };
  return {
    save: useMutation({
      mutationFn: (rows: WeekRow[]) =>
        unwrap(api.PUT('/api/v1/time/weeks/{week}', { params, body: { personId, rows } })),
      onSuccess,
    }),
    submit: useMutation({
      mutationFn: () =>
        unwrap(api.POST('/api/v1/time/weeks/{week}/submit', { params, body: { personId } })),
      onSuccess,
    }),
  };
}

/** A week's rows copied onto another week: the hours kept, the notes left behind. */
export async function fetchWeekRows(week: string, personId?: string) {
  const w = await unwrap(
    api.GET('/api/v1/time/weeks/{week}', {
      params: { path: { week }, query: personId ? { personId } : {} },
    }),
  );
  return w.rows;
}

export function useInbox() {
  return useQuery({
    queryKey: [...keys.sheets, 'inbox'],
    queryFn: () =>
      unwrapAll((page) => api.GET('/api/v1/timesheets/inbox', { params: { query: page } })),
  });
}

/** Newest week first, a page at a time. */
export function useTimesheets(filter: SheetFilter) {
  return useKeysetPages(
    [...keys.sheets, 'list', filter],
    (page) => api.GET('/api/v1/timesheets', { params: { query: { ...filter, ...page } } }),
    100,
  );
}

export function useTimesheet(id: string | null) {
  return useQuery({
    queryKey: [...keys.sheets, 'one', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/timesheets/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

/** Approve, reject or reverse a week; every list of sheets is read again after. */
export function useDecide() {
  const qc = useQueryClient();
  const onSuccess = () => {
    qc.invalidateQueries({ queryKey: keys.sheets });
    qc.invalidateQueries({ queryKey: ['projects'] });
  };
  return {
    approve: useMutation({
      mutationFn: ({ id, version }: { id: string; version: number }) =>
        unwrap(
          api.POST('/api/v1/timesheets/{id}/decisions', {
            params: { path: { id } },
            body: { decision: 'approved', version },
          }),
        ),
      onSuccess,
    }),
    reject: useMutation({
      mutationFn: ({ id, version, reason }: { id: string; version: number; reason: string }) =>
        unwrap(
          api.POST('/api/v1/timesheets/{id}/decisions', {
            params: { path: { id } },
            body: { decision: 'rejected', comment: reason, version },
          }),
        ),
      onSuccess,
    }),
    reverse: useMutation({
      mutationFn: ({ id, ...body }: { id: string; version: number; reason: string }) =>
        unwrap(api.POST('/api/v1/timesheets/{id}/reverse', { params: { path: { id } }, body })),
      onSuccess,
    }),
  };
}

export function useProjectTime(projectId: string) {
  return useQuery({
    queryKey: ['projects', 'one', projectId, 'time'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/projects/{id}/time', { params: { path: { id: projectId } } })),
  });
}

/** Minutes as hours with up to two decimals. */
export const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
