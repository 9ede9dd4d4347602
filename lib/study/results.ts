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

export type AttemptView = {
  attemptId: string;
  article: { slug: string; title: string };
  startedAt: string;
  finishedAt: string | null;
  questions: PublicQuestion[];
  /** Results of the questions answered so far, by question id. */
  answered: Record<string, AnswerResult>;
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
  counts: { due: number; new: number; newLimitLeft: number; learning: number };
};
