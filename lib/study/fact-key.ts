import type { Question } from "@/lib/questions/schema";

// "The same fact" (docs/decisions/020-study-records.md): two questions test the same fact when they
// cite the same source (source.refId) and mark the same answer span within that source's text (the
// explanation's answer parts and where they sit). A cloze, a typed infobox question and a flashcard
// built from one sentence and one answer span therefore share a memory state, while two questions
// on the same sentence with different answers do not. The key does not use file offsets, so an edit
// elsewhere in the article keeps learners' history.
//
// Ordering and matching questions test the relations between several facts at once; they have no
// fact key, so answering them is recorded but moves no memory state.

const MULTI_FACT_KINDS = new Set<Question["kind"]>(["timeline-order", "matching"]);

export function factKeyOf(question: Pick<Question, "kind" | "source" | "explanation">): string | null {
  if (MULTI_FACT_KINDS.has(question.kind)) return null;
  let offset = 0;
  const spans: string[] = [];
  for (const part of question.explanation.parts) {
    if (part.answer) spans.push(`${offset}:${part.text}`);
    offset += part.text.length;
  }
  // Without a marked span (a true/false about a whole line) the fact is the source itself.
  const span = spans.length > 0 ? spans.join("|") : `whole:${question.source.text}`;
  return `f_${hash64(`${question.source.refId}\u241f${span}`)}`;
}

/** A 64-bit FNV-1a-style hash as 13 base-36 digits: stable and short, not cryptographic. */
function hash64(text: string): string {
  let high = 0x811c9dc5;
  let low = 0x01000193;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    high = Math.imul(high ^ code, 0x01000193) >>> 0;
    low = Math.imul(low ^ code ^ (high >>> 7), 0x5bd1e995) >>> 0;
  }
  const value = (BigInt(high) << 32n) | BigInt(low);
  return value.toString(36).padStart(13, "0");
}
