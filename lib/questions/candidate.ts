import type { EntityType } from "./infobox-keys";
import type { GenerationContext } from "./context";
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

export type Candidate = DistributiveOmit<Question, "id" | "score" | "explanation" | "source" | "evidence"> & {
  origin: Origin;
  evidenceOrigins?: Origin[];
  /** Spans to mark in the explanation (defaults to the answer span). */
  marks?: { start: number; end: number }[];
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

/** The source text cut at the marked spans. */
export function explain(context: GenerationContext, origin: Origin, marks: readonly { start: number; end: number }[], notes: string[]): Explanation {
  const parts: Explanation["parts"] = [];
  let cursor = origin.textStart;
  const sorted = [...marks].filter((mark) => mark.start >= origin.textStart && mark.end <= origin.textEnd).sort((left, right) => left.start - right.start);
  for (const mark of sorted) {
    if (mark.start < cursor) continue;
    if (mark.start > cursor) parts.push({ text: context.source.slice(cursor, mark.start), answer: false });
    parts.push({ text: context.source.slice(mark.start, mark.end), answer: true });
    cursor = mark.end;
  }
  if (cursor < origin.textEnd) parts.push({ text: context.source.slice(cursor, origin.textEnd), answer: false });
  return { parts, notes };
}

/** Gives a candidate its id, score, explanation and shuffled choices. */
export function finaliseCandidate(context: GenerationContext, candidate: Candidate): Question {
  const answerSpan = context.source.slice(candidate.origin.answerStart, candidate.origin.answerEnd);
  const sourceText = context.source.slice(candidate.origin.textStart, candidate.origin.textEnd);
  const id = stableQuestionId([context.slug, candidate.kind, sourceText, answerSpan, candidate.variant]);
  const random = createRandom(id);
  const base = {
    id,
    prompt: candidate.prompt,
    accepted: candidate.accepted,
    typeable: candidate.typeable,
    source: sourceRefOf(context, candidate.origin),
    ...(candidate.evidenceOrigins ? { evidence: candidate.evidenceOrigins.map((origin) => sourceRefOf(context, origin)) } : {}),
    explanation: explain(context, candidate.origin, candidate.marks ?? [{ start: candidate.origin.answerStart, end: candidate.origin.answerEnd }], candidate.notes),
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
