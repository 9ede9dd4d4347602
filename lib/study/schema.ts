import { z } from "zod";
import { readTrueFalse } from "@/lib/answers/check-answer";
import { questionKindSchema, questionSchema, type Question } from "@/lib/questions/schema";
import { MAX_QUIZ_QUESTIONS } from "./draw-quiz";
import { MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION } from "./scheduler";
import { isValidTimeZone } from "./study-day";

// Zod schemas for everything that crosses a boundary in the study feature: JSON bodies, form data,
// query strings and the attempt snapshot stored in the database.

const shortText = z.string().min(1).max(500);

/** The kinds a quiz can ask: flashcards are for review only. */
export const quizKindSchema = questionKindSchema.exclude(["flashcard"]);

export const startQuizSchema = z.object({
  articleSlug: z.string().min(1).max(200),
  count: z.number().int().min(1).max(MAX_QUIZ_QUESTIONS),
  sections: z.array(shortText).max(100).optional(),
  kinds: z.array(quizKindSchema).max(20).optional(),
});
export type StartQuizInput = z.infer<typeof startQuizSchema>;

export const responseSchema = z.union(
  [
    z.string().max(1000),
    z.boolean(),
    z.array(z.string().max(1000)).min(1).max(10),
    z.array(z.tuple([z.string().max(1000), z.string().max(1000)])).min(1).max(10),
  ],
  {
    error: (issue) =>
      issue.input === undefined
        ? "Required: the answer, in the shape of the question's answer (docs/api.md)"
        : "Expected a string, true or false, an array of strings (an ordering) or an array of [left, right] pairs (a matching), each string at most 1000 characters",
  },
);
export type QuizResponse = z.infer<typeof responseSchema>;

export const answerSchema = z.object({
  questionId: z.string().min(1).max(100),
  response: responseSchema,
  /** Milliseconds the learner spent on the question, as the browser measured it (optional). */
  elapsedMs: z.number().int().min(0).max(86_400_000).optional(),
});
export type AnswerInput = z.infer<typeof answerSchema>;

export const reviewSchema = z.object({ rating: z.literal([1, 2, 3, 4], { error: "Expected a rating: 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)" }) });
export type ReviewInput = z.infer<typeof reviewSchema>;

export const dueQuerySchema = z.object({ article: z.string().min(1).max(200) });

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const settingsSchema = z.object({
  // An empty field (a number input sends "" for text that is not a number) is "Enter a number", not 0.
  desiredRetention: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: "Enter a number" })
      .min(MIN_DESIRED_RETENTION, `At least ${MIN_DESIRED_RETENTION}`)
      .max(MAX_DESIRED_RETENTION, `At most ${MAX_DESIRED_RETENTION}`)
      // The form's steps: a value between them would be saved, then refused by the browser on the next save.
      .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-9, "Use at most two decimal places, e.g. 0.90"),
  ),
  newCardsPerDay: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ message: "Enter a whole number" }).int("Enter a whole number").min(0, "At least 0").max(500, "At most 500"),
  ),
  timeZone: z.string().min(1).max(100).refine(isValidTimeZone, { message: "Not a time zone this browser knows, e.g. Europe/Paris" }),
});
export type SettingsInput = z.infer<typeof settingsSchema>;

/** One drawn question as stored with its attempt: graded against this copy even if the bank changes. */
export const attemptItemSchema = z.object({
  question: questionSchema,
  factKey: z.string().nullable(),
  sourceHref: z.string(),
});
export type AttemptItem = z.infer<typeof attemptItemSchema>;

/** Whether a response has the shape of this kind of question's answer. */
export function responseFitsKind(kind: z.infer<typeof questionKindSchema>, response: QuizResponse, itemCount: number): boolean {
  if (kind === "true-false") return readTrueFalse(response) !== undefined;
  if (kind === "timeline-order") return Array.isArray(response) && response.length === itemCount && response.every((item) => typeof item === "string");
  if (kind === "matching") return Array.isArray(response) && response.length === itemCount && response.every((item) => Array.isArray(item));
  return typeof response === "string" && !BLANK.test(response);
}

/**
 * False when a question that can only be answered by choosing (not typeable) gets a string that is
 * not one of its choices; true/false questions read their words instead (readTrueFalse).
 */
export function responseIsOfferedChoice(question: Question, response: QuizResponse): boolean {
  if (Array.isArray(question.answer)) return responseUsesItems(question.answer, response);
  if (question.typeable || question.kind === "true-false" || typeof response !== "string") return true;
  const choices = "choices" in question ? question.choices : undefined;
  return !choices || choices.includes(response);
}

/**
 * An ordering must be the question's own items, each once; a matching must pair each left-hand item
 * once with a right-hand item (several lefts may name one right: that is a wrong answer, not a
 * malformed one). Anything else is not an answer to this question.
 */
function responseUsesItems(answer: readonly (string | readonly [string, string])[], response: QuizResponse): boolean {
  if (!Array.isArray(response)) return false;
  if (answer.every((item): item is string => typeof item === "string")) {
    const given = response.filter((item): item is string => typeof item === "string");
    return given.length === answer.length && new Set(given).size === given.length && given.every((item) => answer.includes(item));
  }
  const pairs = answer.filter((item): item is readonly [string, string] => Array.isArray(item));
  const lefts = new Set(pairs.map(([left]) => left));
  const rights = new Set(pairs.map(([, right]) => right));
  const given = response.flatMap((item) => (Array.isArray(item) && item.length === 2 && typeof item[0] === "string" && typeof item[1] === "string" ? [[item[0], item[1]] as const] : []));
  return given.length === pairs.length && new Set(given.map(([left]) => left)).size === given.length && given.every(([left, right]) => lefts.has(left) && rights.has(right));
}

/**
 * Nothing but spaces and invisible characters: zero-width spaces and joiners, direction marks,
 * soft hyphens, the Mongolian vowel separator, byte-order marks, the blank Braille pattern.
 */
const BLANK = /^[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2800\ufeff]*$/;
