/** A day's spans as people type them: "09:00-12:00, 13:00-18:00"; empty for a day off. */
export function formatSpans(spans: [string, string][]): string {
  return spans.map(([start, end]) => `${start}-${end}`).join(', ');
}

export function parseSpans(text: string): [string, string][] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [start = '', end = ''] = part.split('-').map((x) => x.trim());
      return [start, end];
    });
}

/** Office hours Monday to Friday with a lunch break: where a new calendar starts. */
export const officeWeek: [string, string][][] = [
  ...Array.from({ length: 5 }, (): [string, string][] => [
    ['09:00', '12:00'],
    ['13:00', '18:00'],
  ]),
  [],
  [],
];
