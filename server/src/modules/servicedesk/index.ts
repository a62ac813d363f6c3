/** What other modules and the app may use of the service desk: nothing yet. */
export {};
