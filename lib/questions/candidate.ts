import type { EntityType } from "./infobox-keys";
import type { GenerationContext } from "./context";
import { LINE_BREAK } from "./explanation-lines";
import type { Explanation, Question, SourceRef } from "./schema";
import { createRandom, shuffled } from "./seeded-random";
import { stableQuestionId } from "./stable-id";
import { scoreCandidate, type QualityFeatures } from "./scoring";

// A candidate is a question before it has an id, a score and an explanation. Generators produce
// many; scoring, the quality gates and selection decide which become questions.

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Where a candidate comes from: the text it was built from and the answer's span, as file offsets. */
export type Origin = {
  refId: string;
  sectionPath: string[];
  textStart: number;
  textEnd: number;
  answerStart: number;
  answerEnd: number;
};

/** A stretch of the article file, as offsets. */
export type Span = { start: number; end: number };

export type Candidate = DistributiveOmit<Question, "id" | "score" | "explanation" | "source" | "evidence"> & {
  origin: Origin;
  evidenceOrigins?: Origin[];
  /**
   * For questions built from several items (ordering, matching): the text each item is cited by
   * (its sentence, its timeline entry's sentence, its infobox value), in answer order. The
   * explanation and `source.text` quote these, one per line, rather than the stretch of the file
   * from the first item to the last, which holds other entries, headings and list markup.
   */
  excerpts?: Span[];
  /** Spans to mark in the explanation (defaults to the answer span). */
  marks?: Span[];
  /** One line per wrong choice that is a fact elsewhere in the article. */
  notes: string[];
  /** Notes that are costly to find, added only to questions that survive selection. */
  laterNotes?: () => string[];
  /** Tells apart questions built from the same text and answer (e.g. two phrasings). */
  variant: string;
  features: QualityFeatures;
  /** Key facts (see key-facts.ts) this question tests. */
  facts: string[];
  answerType?: EntityType;
  choiceTypes?: EntityType[];
  /** Sentence ids the candidate was built from, for the damaged-text gate. */
  sentenceIds: string[];
};

export function sourceRefOf(context: GenerationContext, origin: Origin): SourceRef {
  return {
    articleSlug: context.slug,
    sectionPath: origin.sectionPath,
    refId: origin.refId,
    text: context.source.slice(origin.textStart, origin.textEnd),
    start: origin.answerStart,
    end: origin.answerEnd,
  };
}

/**
 * The quoted source text cut at the marked spans: the origin's text, or each excerpt on its own line
 * (excerpts that overlap, such as two people named in one sentence, are quoted once).
 */
export function explain(context: GenerationContext, origin: Origin, marks: readonly Span[], notes: string[], excerpts?: readonly Span[]): Explanation {
  const quoted = excerpts && excerpts.length > 0 ? mergeOverlapping(excerpts) : [{ start: origin.textStart, end: origin.textEnd }];
  const parts: Explanation["parts"] = [];
  quoted.forEach((excerpt, index) => {
    if (index > 0) parts.push({ text: LINE_BREAK, answer: false });
    parts.push(...cutAtMarks(context.source, excerpt, marks));
  });
  return { parts, notes };
}

function cutAtMarks(source: string, excerpt: Span, marks: readonly Span[]): Explanation["parts"] {
  const parts: Explanation["parts"] = [];
  let cursor = excerpt.start;
  const sorted = marks.filter((mark) => mark.start >= excerpt.start && mark.end <= excerpt.end).sort((left, right) => left.start - right.start);
  for (const mark of sorted) {
    if (mark.start < cursor) continue;
    if (mark.start > cursor) parts.push({ text: source.slice(cursor, mark.start), answer: false });
    parts.push({ text: source.slice(mark.start, mark.end), answer: true });
    cursor = mark.end;
  }
  if (cursor < excerpt.end) parts.push({ text: source.slice(cursor, excerpt.end), answer: false });
  return parts;
}

/** The spans in their given order, each overlapping group joined into one span at its first member's place. */
function mergeOverlapping(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const overlapping = merged.filter((other) => other.start < span.end && span.start < other.end);
    if (overlapping.length === 0) {
      merged.push({ ...span });
      continue;
    }
    const [first, ...rest] = overlapping;
    first!.start = Math.min(span.start, ...overlapping.map((other) => other.start));
    first!.end = Math.max(span.end, ...overlapping.map((other) => other.end));
    for (const other of rest) merged.splice(merged.indexOf(other), 1);
  }
  return merged;
}

/** Gives a candidate its id, score, explanation and shuffled choices. */
export function finaliseCandidate(context: GenerationContext, candidate: Candidate): Question {
  const answerSpan = context.source.slice(candidate.origin.answerStart, candidate.origin.answerEnd);
  const sourceText = context.source.slice(candidate.origin.textStart, candidate.origin.textEnd);
  // For ordering and matching the id still hashes the whole stretch from the first item to the last,
  // as it always has, so that learners' answers to those questions stay attached to them.
  const id = stableQuestionId([context.slug, candidate.kind, sourceText, answerSpan, candidate.variant]);
  const random = createRandom(id);
  const explanation = explain(context, candidate.origin, candidate.marks ?? [{ start: candidate.origin.answerStart, end: candidate.origin.answerEnd }], candidate.notes, candidate.excerpts);
  const source = sourceRefOf(context, candidate.origin);
  // `source.text` is what the explanation quotes: for several items, their own texts, one per line.
  if (candidate.excerpts) source.text = explanation.parts.map((part) => part.text).join("");
  const base = {
    id,
    prompt: candidate.prompt,
    accepted: candidate.accepted,
    typeable: candidate.typeable,
    source,
    ...(candidate.evidenceOrigins ? { evidence: candidate.evidenceOrigins.map((origin) => sourceRefOf(context, origin)) } : {}),
    explanation,
    score: scoreCandidate(candidate),
  };
  switch (candidate.kind) {
    case "timeline-order": {
      let choices = shuffled(candidate.answer, random);
      for (let attempt = 0; attempt < 5 && choices.every((choice, index) => choice === candidate.answer[index]); attempt++) choices = shuffled(candidate.answer, random);
      return { ...base, kind: candidate.kind, answer: candidate.answer, choices };
    }
    case "matching":
      return { ...base, kind: candidate.kind, answer: candidate.answer, choices: shuffled(candidate.answer.map(([, right]) => right), random) };
    case "true-false":
      return { ...base, kind: candidate.kind, answer: candidate.answer, choices: ["True", "False"] };
    case "flashcard":
      return { ...base, kind: candidate.kind, answer: candidate.answer };
    default:
      return {
        ...base,
        kind: candidate.kind,
        answer: candidate.answer,
        ...(candidate.choices ? { choices: shuffled(candidate.choices, random) } : {}),
      };
  }
}
