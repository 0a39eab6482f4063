/**
 * Reads an RFC 3339 date-time (`2026-05-19T02:22:58Z`, also with a fraction or an offset) as
 * epoch milliseconds; `undefined` when the text is not one or names a date that does not exist
 * (`2026-02-30`). Leap seconds (`:60`) are refused: EventBridge never sends them.
 *
 * It reads character codes instead of running a regular expression and computes the instant
 * arithmetically instead of building `Date`s.
 */
export function parseRfc3339(text: string): number | undefined {
  if (!isRfc3339DateTime(text)) return undefined;
  let index = 19;
  let millis = 0;
  if (text.charCodeAt(index) === DOT) {
    const start = ++index;
    while (isDigit(text.charCodeAt(index))) index++;
    millis = Math.floor(Number(`0.${text.slice(start, index)}`) * 1000);
  }
  const zone = text.charCodeAt(index);
  const offsetMinutes =
    zone === PLUS || zone === MINUS ? (zone === PLUS ? 1 : -1) * (digits(text, index + 1, 2) * 60 + digits(text, index + 4, 2)) : 0;
  const days = daysFromCivil(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
  const minutes = (days * 24 + digits(text, 11, 2)) * 60 + digits(text, 14, 2) - offsetMinutes;
  return minutes * 60_000 + digits(text, 17, 2) * 1000 + millis;
}

/**
 * Whether a string is an RFC 3339 date-time that {@link parseRfc3339} accepts.
 *
 * Every event's `time` comes here: it checks character codes and ranges, and computes no instant.
 */
export function isRfc3339DateTime(text: string): boolean {
  if (text.length < 20) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (
    year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
    hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 ||
    text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH || text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON
  ) {
    return false;
  }
  const separator = text.charCodeAt(10);
  if (separator !== UPPER_T && separator !== LOWER_T) return false;

  let index = 19;
  if (text.charCodeAt(index) === DOT) {
    const start = ++index;
    while (isDigit(text.charCodeAt(index))) index++;
    const length = index - start;
    if (length === 0 || length > 9) return false;
  }
  const zone = text.charCodeAt(index);
  if (zone === UPPER_Z || zone === LOWER_Z) return index + 1 === text.length;
  if (zone !== PLUS && zone !== MINUS) return false;
  const offsetHour = digits(text, index + 1, 2);
  const offsetMinute = digits(text, index + 4, 2);
  return index + 6 === text.length && text.charCodeAt(index + 3) === COLON && offsetHour >= 0 && offsetHour <= 23 && offsetMinute >= 0 && offsetMinute <= 59;
}

const DASH = 0x2d;
const COLON = 0x3a;
const DOT = 0x2e;
const PLUS = 0x2b;
const MINUS = 0x2d;
const UPPER_T = 0x54;
const LOWER_T = 0x74;
const UPPER_Z = 0x5a;
const LOWER_Z = 0x7a;

/** Whether a character code is an ASCII digit (`NaN`, past the end of a string, is not). */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The number written by `count` digits at `start`, or -1. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index++) {
    const code = text.charCodeAt(index);
    if (!isDigit(code)) return -1;
    value = value * 10 + (code - 0x30);
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
