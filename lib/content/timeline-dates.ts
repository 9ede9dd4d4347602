import type { DatePoint } from "./types";

const MONTH_NAMES = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
] as const;

const MONTH = `(${MONTH_NAMES.join("|")})`;
const DAY = "(\\d{1,2})";
const YEAR = "(\\d{3,4})(?![\\d])";
/** "–", "-" or " to " between the two ends of a range. */
const RANGE = "(?:\\s*[–-]\\s*|\\s+to\\s+)";

type Shape = { pattern: RegExp; build: (groups: string[]) => DatePoint };

const monthNumber = (name: string | undefined) => MONTH_NAMES.indexOf((name ?? "").toLowerCase() as (typeof MONTH_NAMES)[number]) + 1;
const number = (digits: string | undefined) => Number.parseInt(digits ?? "", 10);

/** Shapes are tried in order; longer shapes first so that "25–26 February 2022" is not read as "25". */
const SHAPES: Shape[] = [
  {
    // 25 February – 3 March 2022
    pattern: new RegExp(`^${DAY}\\s+${MONTH}${RANGE}${DAY}\\s+${MONTH}\\s+${YEAR}`, "i"),
    build: ([, day, month, endDay, endMonth, year]) => ({
      year: number(year), month: monthNumber(month), day: number(day), endMonth: monthNumber(endMonth), endDay: number(endDay),
    }),
  },
  {
    // 25–26 February 2022, 25 to 26 February 2022
    pattern: new RegExp(`^${DAY}${RANGE}${DAY}\\s+${MONTH}\\s+${YEAR}`, "i"),
    build: ([, day, endDay, month, year]) => ({ year: number(year), month: monthNumber(month), day: number(day), endDay: number(endDay) }),
  },
  {
    // 11 April 2007
    pattern: new RegExp(`^${DAY}\\s+${MONTH},?\\s+${YEAR}`, "i"),
    build: ([, day, month, year]) => ({ year: number(year), month: monthNumber(month), day: number(day) }),
  },
  {
    // February 25–26, 2022
    pattern: new RegExp(`^${MONTH}\\s+${DAY}${RANGE}${DAY},\\s*${YEAR}`, "i"),
    build: ([, month, day, endDay, year]) => ({ year: number(year), month: monthNumber(month), day: number(day), endDay: number(endDay) }),
  },
  {
    // January 14, 2021
    pattern: new RegExp(`^${MONTH}\\s+${DAY},\\s*${YEAR}`, "i"),
    build: ([, month, day, year]) => ({ year: number(year), month: monthNumber(month), day: number(day) }),
  },
  {
    // Early 2011, Mid-2012, Late January 2013
    pattern: new RegExp(`^(early|mid|late)(?:-|\\s+)(?:${MONTH}\\s+)?${YEAR}`, "i"),
    build: ([, qualifier, month, year]) => ({
      year: number(year),
      ...(month ? { month: monthNumber(month) } : {}),
      approximate: true,
      qualifier: (qualifier ?? "").toLowerCase() as "early" | "mid" | "late",
    }),
  },
  {
    // c. 1235, ca. 1235, circa 1235, c. 1235–1255
    pattern: new RegExp(`^(?:c\\.|ca\\.|circa)\\s*(\\d{1,4})(?![\\d])(?:${RANGE}(\\d{1,4})(?![\\d]))?`, "i"),
    build: ([, year, endYear]) => ({ year: number(year), ...(endYear ? { endYear: expandYear(year, endYear) } : {}), approximate: true }),
  },
  {
    // February 2008
    pattern: new RegExp(`^${MONTH}\\s+${YEAR}`, "i"),
    build: ([, month, year]) => ({ year: number(year), month: monthNumber(month) }),
  },
  {
    // 1324–1325, 2007–09
    pattern: new RegExp(`^(\\d{3,4})${RANGE}(\\d{2,4})(?![\\d])`, "i"),
    build: ([, year, endYear]) => ({ year: number(year), endYear: expandYear(year, endYear) }),
  },
  {
    // 1468
    pattern: new RegExp(`^${YEAR}`, "i"),
    build: ([, year]) => ({ year: number(year) }),
  },
];

/** "2007–09" -> 2009: a short end year takes the start year's leading digits. */
function expandYear(startDigits: string | undefined, endDigits: string | undefined): number {
  const start = startDigits ?? "";
  const end = endDigits ?? "";
  if (end.length >= start.length) return number(end);
  return number(start.slice(0, start.length - end.length) + end);
}

/** Proleptic Gregorian calendar, as Wikipedia-style articles write dates. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a date that has a readable shape is still impossible, or null. */
function impossibility(date: DatePoint): string | null {
  if (date.month !== undefined && date.day !== undefined && date.day > daysInMonth(date.year, date.month)) {
    return `day ${date.day} does not exist in month ${date.month} of ${date.year}`;
  }
  if (date.day === 0) return "day 0 does not exist";
  if (date.endMonth !== undefined && date.endDay !== undefined) {
    if (date.endDay > daysInMonth(date.year, date.endMonth)) return `day ${date.endDay} does not exist in month ${date.endMonth} of ${date.year}`;
    if (date.endMonth <= (date.month ?? 0)) return "the range ends in a month before or equal to the one it starts in";
  } else if (date.endDay !== undefined && date.day !== undefined) {
    if (date.month !== undefined && date.endDay > daysInMonth(date.year, date.month)) {
      return `day ${date.endDay} does not exist in month ${date.month} of ${date.year}`;
    }
    if (date.endDay <= date.day) return `the day range ${date.day}–${date.endDay} does not go forward`;
  }
  if (date.endYear !== undefined && date.endYear <= date.year) return `the year range ${date.year}–${date.endYear} does not go forward`;
  return null;
}

/** A date expression at the very start of `text`: the date and the number of characters it spans. */
export type DateMatch = { date: DatePoint; length: number };

export function matchDate(text: string): DateMatch | { invalid: string; length: number } | null {
  for (const shape of SHAPES) {
    const match = shape.pattern.exec(text);
    if (!match) continue;
    const date = shape.build(Array.from(match, (group) => group ?? ""));
    const reason = impossibility(date);
    if (reason) return { invalid: reason, length: match[0].length };
    return { date, length: match[0].length };
  }
  return null;
}

/**
 * The date prefix of a timeline entry. Offsets are relative to the entry text.
 * `dateStart`/`dateEnd` delimit the date as written; `bodyStart` is where the entry's text begins.
 */
export type DatePrefix = { date: DatePoint; dateStart: number; dateEnd: number; bodyStart: number };

/** A reason the entry has no readable date, with the offset (relative to the entry) where reading failed. */
export type DatePrefixFailure = { reason: string; offset: number };

const EXPECTED_SHAPES =
  'expected a date such as "11 April 2007:", "February 2008:", "c. 1235:", "1468:", "On 20 June 2020, ..." or "On January 14, 2021, ..."';

/**
 * Reads "DATE: body" or "On DATE, body" / "In DATE, body" at the start of a timeline entry.
 * The body's first letter is kept as written ("On 20 June 2020, militants ..." -> "militants ...").
 */
export function readDatePrefix(entry: string): DatePrefix | DatePrefixFailure {
  const lead = /^(?:On|In)\s+/i.exec(entry);
  const dateStart = lead ? lead[0].length : 0;
  const found = matchDate(entry.slice(dateStart));
  if (found === null) return { reason: `timeline entry has no readable date; ${EXPECTED_SHAPES}`, offset: dateStart };
  if ("invalid" in found) return { reason: `timeline entry date is not a real date: ${found.invalid}`, offset: dateStart };
  const dateEnd = dateStart + found.length;
  const separator = (lead ? /^,\s*/ : /^\s*:\s*/).exec(entry.slice(dateEnd));
  if (!separator) {
    const expected = lead ? `"," after "${entry.slice(0, dateEnd)}"` : `":" after the date "${entry.slice(0, dateEnd)}"`;
    return { reason: `timeline entry date is not followed by the expected separator; expected ${expected}`, offset: dateEnd };
  }
  const bodyStart = dateEnd + separator[0].length;
  if (bodyStart >= entry.length) return { reason: "timeline entry has a date but no text after it", offset: bodyStart };
  return { date: found.date, dateStart, dateEnd, bodyStart };
}
