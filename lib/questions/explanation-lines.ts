import type { Explanation } from "./schema";

// An explanation quotes one piece of source text (a sentence, a timeline entry, an infobox line) or,
// for ordering and matching questions, one piece per item: those pieces are separated by a part
// holding just LINE_BREAK, so that the schema stays one flat list of parts and every consumer that
// joins the parts (exports, fact keys, reviews) still gets readable text.

export const LINE_BREAK = "\n";

type Part = Explanation["parts"][number];

/** The parts as lines: one per quoted piece of source text, each line's parts in order. */
export function explanationLines(parts: readonly Part[]): Part[][] {
  const lines: Part[][] = [[]];
  for (const part of parts) {
    const pieces = part.text.split(LINE_BREAK);
    pieces.forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece !== "") lines[lines.length - 1]!.push({ text: piece, answer: part.answer });
    });
  }
  return lines.filter((line) => line.length > 0);
}
