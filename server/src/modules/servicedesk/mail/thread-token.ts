import { createHmac } from 'node:crypto';

/**
 * The token that threads a ticket's mail: its number and a short seal of its id under the
 * server secret, `[#TCK-000123-4f9a2c]`. The number finds the ticket in any workspace; the
 * seal tells which, and cannot be guessed for a ticket one has not been written about.
 */
export function threadToken(secret: string, ticket: { id: string; number: string }) {
  return `[#${ticket.number}-${seal(secret, ticket.id)}]`;
}

const seal = (secret: string, id: string) =>
  createHmac('sha256', secret).update(`ticket-thread:${id}`).digest('hex').slice(0, 6);

/** The thread a subject names, if any: `Re: [#TCK-000123-4f9a2c] …`. */
export function threadOf(subject: string) {
  const m = /\[#(TCK-\d{6})-([0-9a-f]{6})\]/i.exec(subject);
  return m
    ? { number: (m[1] as string).toUpperCase(), seal: (m[2] as string).toLowerCase() }
    : null;
}

/** Whether a thread's seal is this ticket's. */
export const sealedFor = (secret: string, ticketId: string, thread: { seal: string }) =>
  seal(secret, ticketId) === thread.seal;
