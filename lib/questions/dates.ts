import { MONTH_NAMES } from "../answers/answer-values";
import type { DatePoint } from "../content/types";
import type { Random } from "./seeded-random";

// Dates in questions: the precision a date is written at, writing other dates the same way (so that
// a distractor never stands out by its format), dates mentioned in prose, and date distractors.

export type DatePrecision = "day" | "month" | "year";

export function precisionOf(point: DatePoint): DatePrecision {
  if (point.day !== undefined) return "day";
  if (point.month !== undefined) return "month";
  return "year";
}

/** How a date was written, so that other dates can be written the same way. */
export type DateStyle = {
  monthFirst: boolean;
  rangeSeparator: string;
  approximatePrefix: string;
};

export function readDateStyle(dateText: string): DateStyle {
  return {
    monthFirst: /^[A-Z][a-z]+ \d/.test(dateText.trim()),
    rangeSeparator: / to /.test(dateText) ? " to " : "–",
    approximatePrefix: /^circa /i.test(dateText) ? "circa " : "c. ",
  };
}

const QUALIFIER_WORDS: Readonly<Record<NonNullable<DatePoint["qualifier"]>, string>> = { early: "Early ", mid: "Mid-", late: "Late " };

/** Writes a date point in a style: "11 April 2007", "January 14, 2021", "25 to 26 February 2022", "c. 1235", "Mid-2012". */
export function formatDatePoint(point: DatePoint, style: DateStyle): string {
  const month = point.month === undefined ? undefined : MONTH_NAMES[point.month - 1];
  if (point.qualifier !== undefined) return `${QUALIFIER_WORDS[point.qualifier]}${point.year}`;
  if (month === undefined) {
    const years = point.endYear === undefined ? `${point.year}` : `${point.year}–${point.endYear}`;
    return point.approximate ? `${style.approximatePrefix}${years}` : years;
  }
  if (point.day === undefined) return `${month} ${point.year}`;
  const days = point.endDay === undefined ? `${point.day}` : `${point.day}${style.rangeSeparator}${point.endDay}`;
  return style.monthFirst ? `${month} ${days}, ${point.year}` : `${days} ${month} ${point.year}`;
}

/** The first and last day a date point covers, as comparable numbers (yyyymmdd). */
export function dateSpan(point: DatePoint): [number, number] {
  const startMonth = point.month ?? 1;
  const endMonth = point.endMonth ?? point.month ?? 12;
  const endYear = point.endYear ?? point.year;
  const startDay = point.day ?? 1;
  const endDay = point.endDay ?? point.day ?? 31;
  return [point.year * 10000 + startMonth * 100 + startDay, endYear * 10000 + endMonth * 100 + endDay];
}

export function datesOverlap(left: DatePoint, right: DatePoint): boolean {
  const [leftStart, leftEnd] = dateSpan(left);
  const [rightStart, rightEnd] = dateSpan(right);
  return leftStart <= rightEnd && rightStart <= leftEnd;
}

export type DateMention = { text: string; start: number; end: number; point: DatePoint };

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const MENTION_PATTERNS: readonly { pattern: RegExp; read: (match: RegExpMatchArray) => DatePoint }[] = [
  { pattern: new RegExp(`\\b(\\d{1,2}) (${MONTHS}),? (\\d{4})\\b`, "g"), read: (match) => ({ year: Number(match[3]), month: monthNumber(match[2]!), day: Number(match[1]) }) },
  { pattern: new RegExp(`\\b(${MONTHS}) (\\d{1,2}), (\\d{4})\\b`, "g"), read: (match) => ({ year: Number(match[3]), month: monthNumber(match[1]!), day: Number(match[2]) }) },
  { pattern: new RegExp(`\\b(${MONTHS}) (\\d{4})\\b`, "g"), read: (match) => ({ year: Number(match[2]), month: monthNumber(match[1]!) }) },
  // A bare year only after a preposition, and not in a range or before a name ("2016 Summer Olympics").
  { pattern: /(?<=\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom|[Oo]f) )(\d{4})\b(?![–-]\d|\s+(?:and|to)\s+\d|\s+\p{Lu})/gu, read: (match) => ({ year: Number(match[1]) }) },
];

function monthNumber(name: string): number {
  return MONTHS.split("|").indexOf(name) + 1;
}

/** Dates written in a piece of text, with offsets shifted by `offset` (the text's start in the file). */
export function findDateMentions(text: string, offset: number): DateMention[] {
  const mentions: DateMention[] = [];
  for (const { pattern, read } of MENTION_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = offset + match.index;
      const end = start + match[0].length;
      if (mentions.some((mention) => start < mention.end && end > mention.start)) continue;
      const point = read(match);
      if (point.year < 100 || point.year > 2999) continue;
      mentions.push({ text: match[0], start, end, point });
    }
  }
  return mentions.sort((left, right) => left.start - right.start);
}

/**
 * Three wrong dates at the answer's precision and in its style. `pool` are real dates from the
 * article (preferred for one slot: they are plausible); `excluded` are dates that must not appear
 * (every date the answer's own event mentions). Synthetic dates fall within a window around the
 * answer that is wide enough that the answer is not the obvious middle one.
 */
export function chooseDateDistractors(
  answer: DatePoint,
  style: DateStyle,
  pool: readonly DatePoint[],
  excluded: readonly DatePoint[],
  random: Random,
  count = 3,
): { text: string; point: DatePoint; fromPool: boolean }[] {
  const precision = precisionOf(answer);
  const answerText = formatDatePoint(answer, style);
  const chosen: { text: string; point: DatePoint; fromPool: boolean }[] = [];
  const accept = (point: DatePoint, fromPool: boolean) => {
    if (chosen.length >= count) return;
    const text = formatDatePoint(point, style);
    if (text === answerText || chosen.some((item) => item.text === text)) return;
    if (datesOverlap(point, answer) || excluded.some((other) => datesOverlap(point, other))) return;
    // "2 March 2016" beside "2 March 2017": a distractor sharing the answer's day and month points at it.
    if (point.day !== undefined && point.day === answer.day && point.month === answer.month) return;
    chosen.push({ text, point, fromPool });
  };

  const comparable = pool.filter(
    (point) => precisionOf(point) === precision && Boolean(point.approximate) === Boolean(answer.approximate) && point.qualifier === undefined && answer.qualifier === undefined,
  );
  const near = comparable
    .map((point) => ({ point, distance: Math.abs(dateSpan(point)[0] - dateSpan(answer)[0]) }))
    .sort((left, right) => left.distance - right.distance)
    .slice(0, 4);
  if (near.length > 0) {
    const pick = near[Math.floor(random() * near.length)]!.point;
    accept(shapeLike(pick, answer), true);
  }

  for (let attempt = 0; attempt < 60 && chosen.length < count; attempt++) accept(syntheticDate(answer, precision, random), false);
  return chosen;
}

/** A real date reshaped to the answer's range shape (a single day stays single when the answer is). */
function shapeLike(point: DatePoint, answer: DatePoint): DatePoint {
  const shaped: DatePoint = { year: point.year };
  if (point.month !== undefined) shaped.month = point.month;
  if (point.day !== undefined) shaped.day = point.day;
  if (answer.endDay !== undefined && answer.day !== undefined && shaped.day !== undefined) shaped.endDay = Math.min(28, shaped.day + (answer.endDay - answer.day));
  if (answer.endYear !== undefined) shaped.endYear = point.year + (answer.endYear - answer.year);
  if (answer.approximate) shaped.approximate = true;
  return shaped;
}

function syntheticDate(answer: DatePoint, precision: DatePrecision, random: Random): DatePoint {
  const pick = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  if (answer.qualifier !== undefined) {
    const qualifiers = ["early", "mid", "late"] as const;
    return { year: answer.year + pick(-2, 2), approximate: true, qualifier: qualifiers[pick(0, 2)]! };
  }
  if (precision === "year") {
    const minimum = answer.approximate ? 10 : 1;
    const spread = Math.max(answer.year < 1800 ? 40 : 6, minimum * 3);
    let offset = 0;
    for (let tries = 0; tries < 20 && Math.abs(offset) < minimum; tries++) offset = pick(-spread, spread);
    if (Math.abs(offset) < minimum) offset = random() < 0.5 ? -minimum : minimum;
    const point: DatePoint = { year: answer.year + offset };
    if (answer.endYear !== undefined) point.endYear = answer.endYear + offset;
    if (answer.approximate) point.approximate = true;
    return point;
  }
  const monthIndex = answer.year * 12 + (answer.month! - 1) + pick(-14, 14);
  const point: DatePoint = { year: Math.floor(monthIndex / 12), month: (monthIndex % 12) + 1 };
  if (precision === "day") {
    point.day = pick(1, 28);
    if (answer.endDay !== undefined && answer.day !== undefined) point.endDay = Math.min(28, point.day + (answer.endDay - answer.day));
    if (point.endDay === point.day) delete point.endDay;
  }
  return point;
}
