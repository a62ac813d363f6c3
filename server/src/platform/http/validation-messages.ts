import { z } from 'zod';

/**
 * Validation messages a person can act on, in place of zod's own ("Invalid input: expected
 * string, received undefined"). Set once for the process; refinements keep their messages.
 */
export function applyReadableValidationMessages(): void {
  z.config({ customError: messageOf });
}

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
};

const FORMATS: Record<string, string> = {
  email: 'an e-mail address',
  uuid: 'an id',
  datetime: 'a date and time such as 2026-12-03T08:00:00Z',
  date: 'a day such as 2026-12-03',
  url: 'a URL',
  regex: 'in the expected format',
};

type Issue = z.core.$ZodRawIssue;

function messageOf(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Required';
      return `Must be ${KINDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `Must be one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return bound('At least', issue.origin, issue.minimum, issue.inclusive, issue.input);
    case 'too_big':
      return bound('At most', issue.origin, issue.maximum, issue.inclusive, issue.input);
    case 'invalid_format':
      return `Must be ${FORMATS[issue.format] ?? `a valid ${issue.format}`}`;
    case 'unrecognized_keys':
      return `Not accepted here: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return `Must be a multiple of ${String(issue.divisor)}`;
    default:
      return undefined;
  }
}

function bound(
  word: string,
  origin: string,
  limit: number | bigint | Date,
  inclusive: boolean | undefined,
  input: unknown,
): string {
  const n = Number(limit);
  if (origin === 'string') {
    return n === 1 && word === 'At least' && input === ''
      ? 'Must not be empty'
      : `${word} ${n} characters`;
  }
  if (origin === 'array' || origin === 'set') return `${word} ${n} items`;
  if (inclusive === false) return `${word === 'At least' ? 'More than' : 'Less than'} ${n}`;
  return `${word} ${n}`;
}
