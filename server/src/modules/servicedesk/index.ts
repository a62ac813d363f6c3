/** What other modules and the app may use of the service desk. */
export { ticketResolved } from './tickets/ticket-events.ts';
export { ticketFacts } from './tickets/ticket-facts.ts';
