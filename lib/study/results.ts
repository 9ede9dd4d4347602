import type { Explanation, QuestionKind } from "@/lib/questions/schema";
import type { PublicQuestion } from "./public-question";

// The shapes the study server functions return: to the API as JSON and to the pages as props.

export type CorrectAnswer = string | string[] | [string, string][];

/** Shown after a question is answered, never before. */
export type AnswerResult = {
  questionId: string;
  correct: boolean;
  response: unknown;
  correctAnswer: CorrectAnswer;
  explanation: Explanation & { source: { href: string; text: string; sectionPath: string[] } };
};

/**
 * An answer to an assignment whose review setting hides results for now: it is stored and graded,
 * but neither correctness nor the answer is said (docs/decisions/030-teach-assignments.md).
 */
export type AnswerReceipt = { questionId: string; response: unknown; withheld: true };

/** What an assignment's rules mean for the quiz page: the server's deadline and when answers show. */
export type AttemptPolicy = {
  assignmentId: string;
  assignmentTitle: string;
  /** ISO; answers at or after it are refused and the attempt ends there. */
  deadlineAt: string | null;
  reviewAfter: "each-question" | "submission" | "due-date";
  /** ISO; when results hidden now become visible (for "due-date"); null otherwise. */
  answersShownAt: string | null;
};

export type AttemptView = {
  attemptId: string;
  article: { slug: string; title: string };
  startedAt: string;
  finishedAt: string | null;
  questions: PublicQuestion[];
  /** Results of the questions answered so far, by question id. */
  answered: Record<string, AnswerResult>;
  /** Assignment attempts only: ids answered whose results the review setting hides for now. */
  withheld?: string[];
  /** Assignment attempts only. */
  policy?: AttemptPolicy;
};

export type MissedQuestion = { questionId: string; kind: QuestionKind; prompt: string; correctAnswer: CorrectAnswer; response: unknown | null; sourceHref: string };

export type AttemptSummary = {
  attemptId: string;
  article: { slug: string; title: string };
  correct: number;
  answered: number;
  total: number;
  /** 0-1, correct / total (unanswered questions count as missed). */
  score: number;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  missed: MissedQuestion[];
  /** Assignment attempts only: set while the review setting hides the answers (then `missed` is empty). */
  reviewWithheld?: { answersShownAt: string | null };
  /** Assignment attempts only. */
  policy?: AttemptPolicy;
};

export type FlashcardView = {
  questionId: string;
  factKey: string;
  front: string;
  back: string;
  source: { text: string; parts: Explanation["parts"]; href: string; sectionPath: string[] };
  isNew: boolean;
  due: string;
};

export type DueCards = {
  article: { slug: string; title: string };
  cards: FlashcardView[];
  /** `buried`: cards due now left for another day, being about the same sentence as one seen today. */
  counts: { due: number; new: number; newLimitLeft: number; learning: number; buried: number };
};
