import { normaliseAnswer } from "../answers/normalise-answer";
import type { Article } from "../content/types";
import { finaliseCandidate, type Candidate } from "./candidate";
import { generateClozeQuestions } from "./cloze-questions";
import { createContext, type GenerationContext } from "./context";
import { isNamedType } from "./name-groups";
import { generateFlashcards } from "./flashcards";
import { generateInfoboxQuestions } from "./infobox-questions";
import { listKeyFacts, measureCoverage, type Coverage } from "./key-facts";
import { generateMatchingQuestions } from "./matching-questions";
import { checkQuestion, type GateFailure } from "./quality-gates";
import { QUESTION_KINDS, type Question, type QuestionKind } from "./schema";
import { MINIMUM_SCORE } from "./scoring";
import { generateTimelineQuestions } from "./timeline-questions";
import { generateTrueFalseQuestions } from "./true-false-questions";

export type GenerateOptions = {
  /** Candidates scoring below this are dropped (default MINIMUM_SCORE). */
  minimumScore?: number;
  /** Only these kinds (default: all). */
  kinds?: readonly QuestionKind[];
};

export type Rejection = { kind: QuestionKind; prompt: string; reason: string };

export type GenerationReport = {
  questions: Question[];
  rejected: Rejection[];
  coverage: Coverage;
  candidateCount: number;
};

/** Per-kind limits on how many questions one source text may yield, so no sentence or list dominates. */
const PER_SOURCE_LIMIT: Partial<Record<QuestionKind, number>> = { cloze: 2, "list-membership": 2, "true-false": 2 };

/**
 * Questions for one article: candidates of every kind are over-generated from the article's
 * structure, scored, gated (quality-gates.ts) and selected (one per prompt, limits per source).
 */
export function generateQuestions(article: Article, source: string, options: GenerateOptions = {}): Question[] {
  return generateQuestionReport(article, source, options).questions;
}

export function generateQuestionReport(article: Article, source: string, options: GenerateOptions = {}): GenerationReport {
  const context = createContext(article, source);
  const minimumScore = options.minimumScore ?? MINIMUM_SCORE;
  const kinds = new Set(options.kinds ?? QUESTION_KINDS);
  const candidates: Candidate[] = [
    ...generateInfoboxQuestions(context),
    ...generateTimelineQuestions(context),
    ...generateClozeQuestions(context),
    ...generateTrueFalseQuestions(context),
    ...generateMatchingQuestions(context),
    ...generateFlashcards(context),
  ].filter((candidate) => kinds.has(candidate.kind));

  const rejected: Rejection[] = [];
  const damaged = new Set(article.sentences.filter((sentence) => sentence.damaged).map((sentence) => sentence.id));
  const passed: { question: Question; candidate: Candidate }[] = [];
  for (const candidate of candidates) {
    const question = finaliseCandidate(context, candidate);
    const failures: GateFailure[] = checkQuestion(question, article, source, { validateSchema: false });
    if (candidate.sentenceIds.some((id) => damaged.has(id))) failures.push({ gate: "damaged-text", detail: "built from a damaged sentence" });
    if (candidate.choiceTypes && candidate.answerType && candidate.choiceTypes.some((type) => type !== candidate.answerType)) {
      failures.push({ gate: "choices", detail: "a choice is not of the answer's entity type" });
    }
    const sameThing = choicesNamingOneThing(context, question, candidate);
    if (sameThing) failures.push({ gate: "choices", detail: `two choices name one thing: ${sameThing.join(" / ")}` });
    if (failures.length > 0) {
      rejected.push({ kind: question.kind, prompt: question.prompt, reason: failures.map((failure) => `${failure.gate}: ${failure.detail}`).join(" | ") });
      continue;
    }
    if (question.score < minimumScore) {
      rejected.push({ kind: question.kind, prompt: question.prompt, reason: `score ${question.score} below ${minimumScore}` });
      continue;
    }
    passed.push({ question, candidate });
  }

  // Best first, so that when two candidates compete the stronger one is kept.
  passed.sort((left, right) => right.question.score - left.question.score || left.question.source.start - right.question.source.start);
  const selected: { question: Question; candidate: Candidate }[] = [];
  const prompts = new Set<string>();
  const perSource = new Map<string, number>();
  const perAnswer = new Map<string, number>();
  for (const item of passed) {
    const { question } = item;
    const promptKey = normaliseAnswer(question.prompt);
    if (prompts.has(promptKey)) {
      rejected.push({ kind: question.kind, prompt: question.prompt, reason: "duplicate prompt (a better-scored question has it)" });
      continue;
    }
    const answerKey = `${question.kind}:${typeof question.answer === "string" ? normaliseAnswer(question.answer) : ""}`;
    const sourceKey = `${question.kind}:${question.source.refId}:${question.kind === "true-false" ? question.answer : ""}`;
    const limit = PER_SOURCE_LIMIT[question.kind];
    const perSourceLimit = question.kind === "true-false" ? 1 : limit;
    if (perSourceLimit !== undefined && (perSource.get(sourceKey) ?? 0) >= perSourceLimit) {
      rejected.push({ kind: question.kind, prompt: question.prompt, reason: "enough questions from this source already" });
      continue;
    }
    if (question.kind === "cloze" && (perAnswer.get(answerKey) ?? 0) >= 2) {
      rejected.push({ kind: question.kind, prompt: question.prompt, reason: "this answer is already asked twice" });
      continue;
    }
    prompts.add(promptKey);
    perSource.set(sourceKey, (perSource.get(sourceKey) ?? 0) + 1);
    perAnswer.set(answerKey, (perAnswer.get(answerKey) ?? 0) + 1);
    selected.push(item);
  }

  const kindOrder = new Map(QUESTION_KINDS.map((kind, index) => [kind, index]));
  selected.sort((left, right) => kindOrder.get(left.question.kind)! - kindOrder.get(right.question.kind)! || left.question.source.start - right.question.source.start);
  const tested = new Set(selected.filter((item) => item.question.kind !== "flashcard").flatMap((item) => item.candidate.facts));
  for (const item of selected) {
    if (item.candidate.laterNotes) item.question.explanation.notes.push(...item.candidate.laterNotes());
  }
  return {
    questions: selected.map((item) => item.question),
    rejected,
    coverage: measureCoverage(listKeyFacts(context), tested),
    candidateCount: candidates.length,
  };
}

/** Two choices that the article gives as names of one thing (a spelling, an acronym, a stated alias, a surname). */
function choicesNamingOneThing(context: GenerationContext, question: Question, candidate: Candidate): [string, string] | undefined {
  if (!("choices" in question) || question.choices === undefined || question.kind === "true-false" || !isNamedType(candidate.answerType)) return undefined;
  const choices = question.choices as readonly string[];
  for (let left = 0; left < choices.length; left++) {
    for (let right = left + 1; right < choices.length; right++) {
      if (context.sameEntity(choices[left]!, choices[right]!, candidate.answerType!)) return [choices[left]!, choices[right]!];
    }
  }
  return undefined;
}
