// Reads dates and numbers out of short answer strings so that they can be compared as values
// ("11 April 2007" = "April 11, 2007" = "2007-04-11"; "3,000" = "3000"; "$50 million" = "50000000").

const MONTHS: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Month number (1-12) for a full or abbreviated English month name ("Sept", "sep", "September"). */
export function readMonthName(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, "");
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month === lower || (month.startsWith(lower) && lower.length >= 3));
  if (index >= 0) return index + 1;
  if (lower === "sept") return 9;
  return undefined;
}

export const MONTH_NAMES: readonly string[] = MONTHS.map((month) => month[0]!.toUpperCase() + month.slice(1));

export type DateValue = { year: number; month?: number; day?: number; endDay?: number };

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const MONTH = String.raw`([a-z]{3,9})\.?`;
const YEAR = String.raw`(\d{3,4})`;
const RANGE = String.raw`\s*(?:-|to|–|—)\s*`;

const datePatterns: readonly { pattern: RegExp; read: (match: RegExpMatchArray) => DateValue | undefined }[] = [
  // 2007-04-11, 2007-04
  {
    pattern: /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/,
    read: (match) => withOptionalDay(Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3])),
  },
  // 25 to 26 february 2022, 25-26 february 2022
  {
    pattern: new RegExp(`^${DAY}${RANGE}${DAY}(?: of)? ${MONTH},? ${YEAR}$`),
    read: (match) => withRange(Number(match[1]), Number(match[2]), match[3]!, Number(match[4])),
  },
  // february 25-26, 2022
  {
    pattern: new RegExp(`^${MONTH} ${DAY}${RANGE}${DAY},? ${YEAR}$`),
    read: (match) => withRange(Number(match[2]), Number(match[3]), match[1]!, Number(match[4])),
  },
  // 11 april 2007, 11th of april 2007
  {
    pattern: new RegExp(`^${DAY}(?: of)? ${MONTH},? ${YEAR}$`),
    read: (match) => withMonthName(Number(match[3]), match[2]!, Number(match[1])),
  },
  // april 11, 2007
  {
    pattern: new RegExp(`^${MONTH} ${DAY},? ${YEAR}$`),
    read: (match) => withMonthName(Number(match[3]), match[1]!, Number(match[2])),
  },
  // april 2007
  {
    pattern: new RegExp(`^${MONTH},? ${YEAR}$`),
    read: (match) => withMonthName(Number(match[2]), match[1]!, undefined),
  },
];

function withOptionalDay(year: number, month: number, day: number | undefined): DateValue | undefined {
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return { year, month };
  if (day < 1 || day > 31) return undefined;
  return { year, month, day };
}

function withMonthName(year: number, monthName: string, day: number | undefined): DateValue | undefined {
  const month = readMonthName(monthName);
  if (month === undefined) return undefined;
  return withOptionalDay(year, month, day);
}

function withRange(day: number, endDay: number, monthName: string, year: number): DateValue | undefined {
  const value = withMonthName(year, monthName, day);
  if (value === undefined || endDay <= day || endDay > 31) return undefined;
  return { ...value, endDay };
}

/**
 * The date a whole answer string denotes, or undefined. Expects lower-cased text without diacritics
 * (the normaliser's intermediate form); a bare year is left to the number reader.
 */
export function readDateValue(text: string): DateValue | undefined {
  const cleaned = text.trim().replace(/^(?:on|in) /, "").replace(/\s+/g, " ");
  for (const { pattern, read } of datePatterns) {
    const match = cleaned.match(pattern);
    if (match) return read(match);
  }
  return undefined;
}

/** ISO-style canonical form: 2007-04-11, 2007-04, 2022-02-25/26. */
export function formatDateValue(value: DateValue): string {
  const year = String(value.year).padStart(4, "0");
  if (value.month === undefined) return year;
  const month = String(value.month).padStart(2, "0");
  if (value.day === undefined) return `${year}-${month}`;
  const day = String(value.day).padStart(2, "0");
  const end = value.endDay === undefined ? "" : `/${String(value.endDay).padStart(2, "0")}`;
  return `${year}-${month}-${day}${end}`;
}

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  k: 1_000,
  million: 1_000_000,
  m: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
};

export type NumberValue = { value: number; percent: boolean };

/**
 * The number a whole answer string denotes ("3,000", "$50 million", "90 per cent", "twenty-one"),
 * or undefined. Currency symbols are ignored; a percentage stays distinct from a bare number.
 */
export function readNumberValue(text: string): NumberValue | undefined {
  let cleaned = text.trim().toLowerCase().replace(/\s+/g, " ");
  let percent = false;
  const percentMatch = cleaned.match(/^(.*?)\s*(?:%|per ?cent)$/);
  if (percentMatch) {
    percent = true;
    cleaned = percentMatch[1]!;
  }
  cleaned = cleaned.replace(/^(?:us\$|\$|£|€|usd ?)/, "").trim();
  const digits = cleaned.match(/^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?: ?([a-z]+))?$/);
  if (digits) {
    const base = Number(`${digits[1]!.replace(/,/g, "")}${digits[2] === undefined ? "" : `.${digits[2]}`}`);
    if (digits[3] === undefined) return { value: base, percent };
    const scale = SCALES[digits[3]];
    return scale === undefined ? undefined : { value: base * scale, percent };
  }
  const words = readNumberWords(cleaned);
  return words === undefined ? undefined : { value: words, percent };
}

function readNumberWords(text: string): number | undefined {
  const words = text.split(/[\s-]+/).filter((word) => word !== "" && word !== "and");
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  for (const word of words) {
    const small = SMALL_NUMBERS[word];
    if (small !== undefined) {
      current += small;
      continue;
    }
    const scale = SCALES[word];
    if (scale === undefined || word.length < 3) return undefined;
    if (scale === 100) current = (current === 0 ? 1 : current) * 100;
    else {
      total += (current === 0 ? 1 : current) * scale;
      current = 0;
    }
  }
  return total + current;
}
