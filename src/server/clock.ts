// The service's notion of "now", injectable so retention and expiry can be tested with a fake clock.
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** `years` calendar years before `instant` (29 Feb falls back to 28 Feb), as retention periods count them. */
export function yearsBefore(instant: Date, years: number): Date {
  const earlier = new Date(instant);
  earlier.setUTCFullYear(instant.getUTCFullYear() - years);
  if (earlier.getUTCDate() !== instant.getUTCDate()) earlier.setUTCDate(0);
  return earlier;
}
