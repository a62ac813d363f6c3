/** Empty inputs mean "no value": the API takes null, not an empty or blank string. */
export const orNull = (v: string | undefined | null): string | null =>
  v?.trim() ? v.trim() : null;
