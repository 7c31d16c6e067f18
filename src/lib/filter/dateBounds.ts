/**
 * Date bounds of a filter, as strings. ISO dates sort as text in date order, and a shorter ISO
 * date sorts before every longer one of its period ('2022-06' < '2022-06-01' < '2022-06-01T08:00'),
 * so plain string comparison is a date comparison that MapLibre expressions can also make. A
 * partial property value ('2022-06', '2022') is a period, and passes only when the whole period
 * lies within the clause: a project dated only '2022' is not known to be "after 2022-06", and a
 * chart's bar for the first half of 2022 must not take it in. Bounds are written in their
 * shortest form ('2022-07-01' as '2022-07', '2023-01-01' as '2023'), since '2022-07' sorts before
 * '2022-07-01' but is the same day.
 */

/**
 * Appended to a value before it is compared with the upper bound: '~' sorts after every digit,
 * '-' and 'T', so '2022~' is above each day of 2022 and below '2023', while '2022~' stays above
 * '2022-07' (a clause ending in June leaves '2022' out).
 */
export const PERIOD_END = '~';

const BOUND = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Below every string that starts with a digit: the lower bound when a clause has no `from`. */
export const LOWEST = '0';
/** ':' follows '9', so it is above every string that starts with a digit: no `to`. */
export const HIGHEST = ':';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** 'YYYY-MM' (a month) or 'YYYY-MM-DD' (a day that exists). */
export function isDateBound(x: unknown): x is string {
  if (typeof x !== 'string') return false;
  const m = BOUND.exec(x);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
  const last = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leapFeb = month === 2 && day === 29 && (year % 4 !== 0 || (year % 100 === 0 && year % 400 !== 0));
  return day <= last && !leapFeb;
}

/**
 * The first string after the period a `to` bound names: the next day for a day, the next month
 * for a month. Values below it are within the bound. Assumes `isDateBound(to)`.
 */
export function upperOf(to: string): string {
  const [y, m, d] = to.split('-').map(Number) as [number, number, number | undefined];
  if (d === undefined) return m === 12 ? (y === 9999 ? HIGHEST : `${pad(y + 1, 4)}-01`) : `${pad(y, 4)}-${pad(m + 1, 2)}`;
  const next = new Date(Date.UTC(2000, m - 1, d + 1));
  // Year 2000 is a leap year, so the day after 28 Feb is right for leap years; non-leap 28 Feb
  // rolls to 1 March by hand.
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const [nm, nd] = m === 2 && d === 28 && !leap ? [3, 1] : [next.getUTCMonth() + 1, next.getUTCDate()];
  const ny = m === 12 && d === 31 ? y + 1 : y;
  if (ny > 9999) return HIGHEST;
  return `${pad(ny, 4)}-${pad(nm, 2)}-${pad(nd, 2)}`;
}

/** '2022-07-01' → '2022-07', '2023-01-01' → '2023': the same first day, in its shortest text. */
const shortest = (bound: string): string => bound.replace(/(-01)+$/, '');

/** The string interval [lower, upper) a date clause accepts. */
export function dateInterval(from: string | undefined, to: string | undefined): [lower: string, upper: string] {
  return [from === undefined ? LOWEST : shortest(from), to === undefined ? HIGHEST : shortest(upperOf(to))];
}

/** True when no day is both on or after `from` and on or before `to`. */
export function isReversed(from: string, to: string): boolean {
  const day = (b: string) => (b.length === 7 ? `${b}-01` : b);
  const upper = upperOf(to);
  return upper !== HIGHEST && day(from) >= day(upper);
}
