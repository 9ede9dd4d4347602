import type { Question, QuestionKind } from "@/lib/questions/schema";
import { normaliseAnswer } from "@/lib/answers/normalise-answer";
import { createRandom, shuffled } from "@/lib/questions/seeded-random";

export const MAX_QUIZ_QUESTIONS = 50;

export type QuizOptions = { count: number; sections?: readonly string[]; kinds?: readonly QuestionKind[] };

/** The top-level section a question belongs to ("Lead" for the article's opening). */
export function sectionOf(question: Pick<Question, "source">): string {
  return question.source.sectionPath[0] ?? "Lead";
}

/**
 * The top-level sections a question is about, for filtering by section: an ordering or matching
 * question is about the sections of all its items (a matching of people from "History" and
 * "Leadership" is in both), any other question about its source's.
 */
export function sectionsOf(question: Pick<Question, "source" | "evidence">): string[] {
  if (!question.evidence || question.evidence.length === 0) return [sectionOf(question)];
  return [...new Set(question.evidence.map((ref) => sectionOf({ source: ref })))];
}

/** Whether a question is about one of these sections (null: no filter). */
export function inSections(question: Pick<Question, "source" | "evidence">, sections: ReadonlySet<string> | null): boolean {
  return !sections || sectionsOf(question).some((section) => sections.has(section));
}

/**
 * Whether a question can be asked in a quiz without giving itself away: flashcards are for review,
 * a question needs a way to answer (choices or typing), and a cloze must not show its own answer.
 */
export function isQuizzable(question: Question): boolean {
  if (question.kind === "flashcard") return false;
  if (question.kind === "cloze" && promptRevealsAnswer(question.prompt, question.answer)) return false;
  if (question.kind === "timeline-order" || question.kind === "matching" || question.kind === "true-false") return true;
  return (question.choices !== undefined && question.choices.length >= 2) || question.typeable;
}

export function promptRevealsAnswer(prompt: string, answer: string): boolean {
  const needle = normaliseAnswer(answer);
  if (needle.length === 0) return false;
  return ` ${normaliseAnswer(prompt)} `.includes(` ${needle} `);
}

/**
 * What a quiz asks at most one question about: the source item (sentence, infobox line or timeline
 * entry) a question cites. Two questions on one item give each other away: a cloze of a timeline
 * entry shows the event that "Which event took place on <its date>?" asks for, and that question's
 * choices show the word the cloze hides. Ordering and matching questions cite several items at
 * once and count as their own.
 */
function sourceKeyOf(question: Question): string {
  return question.kind === "timeline-order" || question.kind === "matching" ? `question:${question.id}` : `source:${question.source.refId}`;
}

function quizPool(questions: readonly Question[], options: Omit<QuizOptions, "count">): Question[] {
  const sections = options.sections && options.sections.length > 0 ? new Set(options.sections) : null;
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null;
  return questions.filter(
    (question) => isQuizzable(question) && inSections(question, sections) && (!kinds || kinds.has(question.kind)),
  );
}

/** How many questions a quiz drawn from these can hold: one per source item (see sourceKeyOf). */
export function quizCapacity(questions: readonly Question[], options: Omit<QuizOptions, "count"> = {}): number {
  return new Set(quizPool(questions, options).map(sourceKeyOf)).size;
}

/**
 * Draws up to `count` questions from the filtered bank: for each source item the best-scored
 * question about it (the seed decides between equals), kinds interleaved so that a short quiz is
 * not all one kind, in an order fixed by the seed.
 */
export function drawQuiz(questions: readonly Question[], options: QuizOptions, seed: string): Question[] {
  const random = createRandom(seed);
  const best = new Map<string, Question>();
  for (const question of shuffled(quizPool(questions, options), random)) {
    const key = sourceKeyOf(question);
    const held = best.get(key);
    if (!held || question.score > held.score) best.set(key, question);
  }
  const byKind = new Map<string, Question[]>();
  for (const question of best.values()) byKind.set(question.kind, [...(byKind.get(question.kind) ?? []), question]);
  const queues = shuffled([...byKind.values()], random);
  const drawn: Question[] = [];
  const count = Math.max(0, Math.min(options.count, MAX_QUIZ_QUESTIONS));
  while (drawn.length < count && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && drawn.length < count) drawn.push(next);
    }
  }
  return drawn;
}
