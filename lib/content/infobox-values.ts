import type { InfoboxValue, Period } from "./types";

/** A notice about one value, at an offset in the source. */
export type ValueNotice = { offset: number; message: string };

type Span = { start: number; end: number };

/** "(2012–2017)", "(2002–present)", "(c. 1537–1867)", "(1430s–1591)", "(2013)", "(2007–09)" at the end of a value. */
const TRAILING_PERIOD = /\s*\(\s*((?:c\.|ca\.|circa)\s*)?(\d{3,4})(s)?(?:\s*[–-]\s*(\d{2,4}|present))?\s*\)$/i;
/** A period followed by " and ": "Insurgency in the Maghreb (2002–present) and the Global War on Terrorism" names two things. */
const PERIOD_THEN_AND = /\(\s*(?:(?:c\.|ca\.|circa)\s*)?\d{3,4}s?(?:\s*[–-]\s*(?:\d{2,4}|present))?\s*\)(\s+and\s+)(?=\S)/gi;
const IMAGE_SIZE = /^(?:\d+x)?\d+px(?=\s|$)/;
const MISSING_START = /^[–-]\s*(?:present|\d{3,4})$/i;

function parenthesesAreBalanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === "(") depth += 1;
    else if (char === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

/** Cells separated by "|" or by "," outside parentheses; a comma between digits ("3,000") separates nothing. */
function splitCells(source: string, span: Span): Span[] {
  const cells: Span[] = [];
  const trackDepth = parenthesesAreBalanced(source.slice(span.start, span.end));
  let depth = 0;
  let cellStart = span.start;
  for (let index = span.start; index < span.end; index++) {
    const char = source[index];
    if (char === "(") depth += 1;
    else if (char === ")") depth -= 1;
    const atTopLevel = !trackDepth || depth === 0;
    const separates =
      char === "|" ||
      (char === "," && atTopLevel && !(/\d/.test(source[index - 1] ?? "") && /\d/.test(source[index + 1] ?? "")));
    if (separates && (char === "|" || atTopLevel)) {
      cells.push({ start: cellStart, end: index });
      cellStart = index + 1;
    }
  }
  cells.push({ start: cellStart, end: span.end });
  return cells;
}

function splitAfterPeriods(source: string, cell: Span): Span[] {
  const text = source.slice(cell.start, cell.end);
  const parts: Span[] = [];
  let partStart = cell.start;
  for (const match of text.matchAll(PERIOD_THEN_AND)) {
    const conjunction = match[1] ?? "";
    const periodEnd = cell.start + (match.index ?? 0) + match[0].length - conjunction.length;
    parts.push({ start: partStart, end: periodEnd });
    partStart = periodEnd + conjunction.length;
  }
  parts.push({ start: partStart, end: cell.end });
  return parts;
}

function trimSpan(source: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(source[start] ?? "")) start += 1;
  while (end > start && /\s/u.test(source[end - 1] ?? "")) end -= 1;
  return { start, end };
}

function expandYear(start: string, end: string): number {
  if (end.length >= start.length) return Number(end);
  return Number(start.slice(0, start.length - end.length) + end);
}

function readPeriod(match: RegExpExecArray): Period | { invalid: string } {
  const [whole, circa, fromDigits = "", decade, toDigits] = match;
  const from = Number(fromDigits);
  const to = toDigits === undefined ? from : /^present$/i.test(toDigits) ? null : expandYear(fromDigits, toDigits);
  const text = whole.trim().slice(1, -1).trim();
  if (to !== null && to < from) return { invalid: `period "${text}" ends before it starts` };
  return { from, to, text, ...(circa || decade ? { approximate: true } : {}) };
}

/** One cleaned value; null when nothing is left (an empty pipe cell). */
function cleanValue(source: string, part: Span, notices: ValueNotice[]): InfoboxValue | null {
  let { start, end } = trimSpan(source, part);
  let depth = 0;
  for (let changed = true; changed && start < end; ) {
    changed = false;
    const rest = source.slice(start, end);
    const stars = /^\*+\s*/.exec(rest);
    if (stars) {
      depth += stars[0].trim().length;
      start += stars[0].length;
      changed = true;
      continue;
    }
    const image = IMAGE_SIZE.exec(rest);
    if (image) {
      start = trimSpan(source, { start: start + image[0].length, end }).start;
      changed = true;
    }
  }
  if (start >= end) return null;

  let period: Period | undefined;
  const periodMatch = TRAILING_PERIOD.exec(source.slice(start, end));
  if (periodMatch && periodMatch.index > 0) {
    const read = readPeriod(periodMatch);
    if ("invalid" in read) notices.push({ offset: start + periodMatch.index, message: `infobox value: ${read.invalid}; kept as text` });
    else {
      period = read;
      end = trimSpan(source, { start, end: start + periodMatch.index }).end;
    }
  }
  const text = source.slice(start, end);
  const value: InfoboxValue = { text, depth, start, end, ...(period ? { period } : {}) };
  if (MISSING_START.test(text)) {
    value.damaged = "range without a start year";
    notices.push({ offset: start, message: `infobox value "${text}" is a range without a start year (the start was probably lost)` });
  }
  return value;
}

/**
 * Cleans the value part of an infobox line (source[start, end)) into its values: image-size tokens
 * ("20px") dropped, nesting stars turned into `depth`, empty pipe cells dropped, a trailing
 * parenthesised period moved into `period`. Every value's text is still a slice of the source.
 */
export function parseInfoboxValues(source: string, start: number, end: number): { values: InfoboxValue[]; notices: ValueNotice[] } {
  const notices: ValueNotice[] = [];
  const values: InfoboxValue[] = [];
  for (const cell of splitCells(source, { start, end })) {
    for (const part of splitAfterPeriods(source, cell)) {
      const value = cleanValue(source, part, notices);
      if (value) values.push(value);
    }
  }
  return { values, notices };
}
