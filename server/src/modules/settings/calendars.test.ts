import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import {
  auditCount,
  call,
  runJob,
  type Session,
  signedIn,
  useHarness,
} from '../../test/harness.ts';

const nineToSix = [
  ['09:00', '12:00'],
  ['13:00', '18:00'],
];
const week = [nineToSix, nineToSix, nineToSix, nineToSix, nineToSix, [], []];

describe.each(dialects)('working calendars on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload: object) =>
    call(h, { method, url, cookie: s.cookie, payload });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  async function shanghai(owner: Session) {
    const res = await send(owner, 'POST', '/api/v1/calendars', {
      name: '上海办公室',
      timeZone: 'Asia/Shanghai',
      country: 'CN',
      week,
    });
    expect(res.statusCode).toBe(201);
    return res.json();
  }

  it('keeps business hours, takes China’s holidays and make-up days from the preset, and answers business time', async () => {
    const owner = await signedIn(h);
    const cal = await shanghai(owner);
    expect(cal.weeklyMinutes).toBe(5 * 480);
    const preset = await send(owner, 'POST', `/api/v1/calendars/${cal.id}/presets`, {
      country: 'CN',
      year: 2026,
    });
    const days = preset.json().days as { day: string; kind: string }[];
    expect(days).toContainEqual(expect.objectContaining({ day: '2026-10-01', kind: 'holiday' }));
    expect(days).toContainEqual(expect.objectContaining({ day: '2026-10-10', kind: 'workday' }));
    // Applying it again replaces rather than duplicates.
    const again = await send(owner, 'POST', `/api/v1/calendars/${cal.id}/presets`, {
      country: 'CN',
      year: 2026,
    });
    expect(again.json().days).toHaveLength(days.length);

    const base = `/api/v1/calendars/${cal.id}`;
    // Wednesday 30 Sept 2026 17:00 Shanghai + 2 working hours: past the National Day week.
    const at = await get(
      owner,
      `${base}/add-business-minutes?from=2026-09-30T09:00:00Z&minutes=120`,
    );
    expect(at.json()).toEqual({ at: '2026-10-08T02:00:00.000Z' });
    // Friday 9 Oct and Saturday 10 Oct, worked in lieu.
    const minutes = await get(
      owner,
      `${base}/business-minutes?from=2026-10-08T16:00:00Z&to=2026-10-10T16:00:00Z`,
    );
    expect(minutes.json()).toEqual({ minutes: 480 + 480 });

    const germany = await send(owner, 'POST', `${base}/presets`, { country: 'DE', year: 2026 });
    expect(germany.json().days).toContainEqual(
      expect.objectContaining({ day: '2026-12-25', kind: 'holiday' }),
    );
    expect(
      (await send(owner, 'POST', `${base}/presets`, { country: 'XX', year: 2026 })).statusCode,
    ).toBe(400);
  });

  it('shows a year without holiday data, refuses a preset year it does not have, and takes the official notice', async () => {
    const owner = await signedIn(h);
    const cal = await shanghai(owner);
    const base = `/api/v1/calendars/${cal.id}`;
    await send(owner, 'POST', `${base}/presets`, { country: 'CN', year: 2026 });
    // The State Council publishes next year's schedule late: the preset does not have 2027.
    const refused = await send(owner, 'POST', `${base}/presets`, { country: 'CN', year: 2027 });
    expect(refused.statusCode).toBe(422);
    expect((await get(owner, base)).json().holidayGaps).toEqual([2027]);
    expect(await runJob(h, 'settings.holiday-refresh')).toEqual({ filled: 0 });
    // Loaded from the notice by hand, the gap closes.
    const notice = await send(owner, 'POST', `${base}/import`, {
      format: 'csv',
      text: 'day,kind,name\n2027-02-06,holiday,春节\n2027-02-14,workday,春节调休',
    });
    expect(notice.json().holidayGaps).toEqual([]);
    // A calendar of no country's holidays keeps only its own days and has no gaps.
    const plain = await send(owner, 'POST', '/api/v1/calendars', {
      name: '值守',
      timeZone: 'Asia/Shanghai',
      week,
    });
    expect(plain.json().holidayGaps).toEqual([]);
  });

  it('imports days from CSV and ICS, all or nothing', async () => {
    const owner = await signedIn(h);
    const cal = await shanghai(owner);
    const url = `/api/v1/calendars/${cal.id}/import`;
    const before = await auditCount(h, owner.workspaceId);
    const bad = await send(owner, 'POST', url, {
      format: 'csv',
      text: 'day,kind,name\n2026-12-24,holiday,Company day\n2026-13-01,holiday,Nope',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors['body.text'][0]).toContain('row 3');
    expect((await get(owner, `/api/v1/calendars/${cal.id}`)).json().days).toEqual([]);
    expect(await auditCount(h, owner.workspaceId)).toBe(before);

    const csv = await send(owner, 'POST', url, {
      format: 'csv',
      text: 'Day,Kind,Name\n2026-12-24,holiday,Company day\n2026-12-27,workday,Year-end close',
    });
    expect(csv.json().days.map((d: { day: string; kind: string }) => `${d.day} ${d.kind}`)).toEqual(
      ['2026-12-24 holiday', '2026-12-27 workday'],
    );
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:1',
      'DTSTART;VALUE=DATE:20261230',
      'DTEND;VALUE=DATE:20270101',
      'SUMMARY:Winter break',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const imported = await send(owner, 'POST', url, { format: 'ics', text: ics });
    expect(imported.json().days.map((d: { day: string }) => d.day)).toEqual([
      '2026-12-24',
      '2026-12-27',
      '2026-12-30',
      '2026-12-31',
    ]);
    expect((await send(owner, 'POST', url, { format: 'ics', text: 'hello' })).statusCode).toBe(400);
  });

  it('validates hours and zones, and lets contracts run on a calendar of their workspace', async () => {
    const owner = await signedIn(h);
    const post = (payload: object) => send(owner, 'POST', '/api/v1/calendars', payload);
    expect((await post({ name: 'x', timeZone: 'Mars/Base', week })).statusCode).toBe(400);
    expect((await post({ name: 'x', timeZone: 'UTC', week: week.slice(1) })).statusCode).toBe(400);
    expect(
      (
        await post({
          name: 'x',
          timeZone: 'UTC',
          week: [[['18:00', '09:00']], [], [], [], [], [], []],
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await post({
          name: 'x',
          timeZone: 'UTC',
          week: [
            [
              ['09:00', '13:00'],
              ['12:00', '18:00'],
            ],
            [],
            [],
            [],
            [],
            [],
            [],
          ],
        })
      ).statusCode,
    ).toBe(400);
    const cal = await shanghai(owner);
    const client = (
      await send(owner, 'POST', '/api/v1/clients', { name: 'Calendar Client' })
    ).json();
    const contract = {
      partyType: 'client',
      clientId: client.id,
      type: 'sow',
      title: 'Desk',
      currency: 'EUR',
      valueMinor: 1,
      startDate: '2026-12-01',
      billingModel: 'time_and_materials',
    };
    const made = await send(owner, 'POST', '/api/v1/contracts', {
      ...contract,
      calendarId: cal.id,
    });
    expect(made.json().calendarId).toBe(cal.id);
    const other = await signedIn(h);
    const foreign = await shanghai(other);
    expect(
      (await send(owner, 'POST', '/api/v1/contracts', { ...contract, calendarId: foreign.id }))
        .statusCode,
    ).toBe(400);
    expect((await get(owner, `/api/v1/calendars/${foreign.id}`)).statusCode).toBe(404);
  });
});
