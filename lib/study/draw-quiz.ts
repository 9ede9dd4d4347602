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
 * Draws up to `count` questions from the filtered bank. Kinds are interleaved so that a short quiz
 * is not all one kind; the order is fixed by the seed.
 */
export function drawQuiz(questions: readonly Question[], options: QuizOptions, seed: string): Question[] {
  const sections = options.sections && options.sections.length > 0 ? new Set(options.sections) : null;
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null;
  const pool = questions.filter(
    (question) => isQuizzable(question) && (!sections || sections.has(sectionOf(question))) && (!kinds || kinds.has(question.kind)),
  );
  const random = createRandom(seed);
  const byKind = new Map<string, Question[]>();
  for (const question of shuffled(pool, random)) byKind.set(question.kind, [...(byKind.get(question.kind) ?? []), question]);
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
