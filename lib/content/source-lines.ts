import type { Problem } from "./types";

/** One line of the source. `end` excludes the line break ("\n" or "\r\n"); `text === source.slice(start, end)`. */
export type SourceLine = { number: number; start: number; end: number; text: string };

export function splitLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = source.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is not part of line 1
  let number = 1;
  for (;;) {
    const newline = source.indexOf("\n", start);
    const breakAt = newline === -1 ? source.length : newline;
    const end = breakAt > start && source.charCodeAt(breakAt - 1) === 0x0d ? breakAt - 1 : breakAt;
    lines.push({ number, start, end, text: source.slice(start, end) });
    if (newline === -1) break;
    start = newline + 1;
    number += 1;
  }
  return lines;
}

/** Maps offsets to 1-based line and column (columns count UTF-16 code units, as editors that report "col" for JavaScript do). */
export type Locator = (offset: number) => { line: number; column: number };

export function createLocator(lines: readonly SourceLine[]): Locator {
  return (offset) => {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lines[middle]?.start ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    const line = lines[low] ?? { number: 1, start: 0 };
    return { line: line.number, column: Math.max(1, offset - line.start + 1) };
  };
}

export function problemAt(
  locate: Locator,
  offset: number,
  severity: Problem["severity"],
  message: string,
): Problem {
  const { line, column } = locate(offset);
  return { severity, line, column, message };
}
