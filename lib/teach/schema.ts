import { z } from "zod";
import { QUESTION_KINDS, type QuestionKind } from "@/lib/questions/schema";
import { isKnownTimeZone, localDateTimeToInstant, wallClockOf } from "./local-time";
import { DRAW_MODES, REVIEW_POLICIES } from "./schedule";

// Zod schemas for every form and JSON body of the teach feature. Messages name what was expected.

export const MAX_ASSIGNMENT_QUESTIONS = 50;
export const MAX_ATTEMPTS_ALLOWED = 20;
export const MAX_TIME_LIMIT_MINUTES = 600;

/** Kinds an assignment can ask (flashcards are for review only). */
export const ASSIGNABLE_KINDS = QUESTION_KINDS.filter((kind): kind is Exclude<QuestionKind, "flashcard"> => kind !== "flashcard");

export const className = z.string().trim().min(1, "Enter a class name").max(120, "At most 120 characters");
export const createClassSchema = z.object({ name: className });

/** Join codes are 8 characters of A-Z and 2-9 (no 0/O, 1/I), typed in any case with any spacing. */
export const joinCodeSchema = z
  .string()
  .transform((value) => value.replace(/[\s-]/g, "").toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{6,12}$/, "Enter the class code your instructor gave you: 8 letters and digits, e.g. K7QX2MRP"));
export const joinClassSchema = z.object({ code: joinCodeSchema });

const id = z.string().min(1, "Missing id").max(100);
const optionalText = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "Enter a date and time, e.g. 2026-03-10 09:30");

/** A refinement's `when`: it runs whatever else is wrong, as long as these fields are valid (so one submission shows every message). */
const whenValid =
  (...fields: string[]) =>
  (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    !payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));

/** The date fields: while one of them is not even in the expected form, the dates are not checked. */
const DATE_FIELDS = ["opensAt", "dueAt", "lateUntil"] as const;

/**
 * The form's local dates as instants in its time zone: undefined for a date that does not exist
 * (31 February, or a time the zone's clocks skip), null for an empty late date.
 */
function assignmentInstants(input: { opensAt: string; dueAt: string; lateUntil?: string | undefined; timeZone: string }) {
  const instant = (value: string | undefined) => (value === undefined ? null : (localDateTimeToInstant(value, input.timeZone) ?? undefined));
  return { opensAt: instant(input.opensAt), dueAt: instant(input.dueAt), lateUntil: instant(input.lateUntil) };
}

export const assignmentFormSchema = z
  .object({
    classId: id,
    title: z.string().trim().min(1, "Enter a title").max(200, "At most 200 characters"),
    articleSlug: z.string().min(1, "Choose an article").max(200),
    sections: z.array(z.string().min(1).max(500)).max(100).default([]),
    kinds: z.array(z.enum(ASSIGNABLE_KINDS, { message: "Choose kinds from the list" })).max(20).default([]),
    includeOwnQuestions: z.boolean().default(true),
    questionCount: z.coerce.number({ message: "Enter a whole number" }).int("Enter a whole number").min(1, "At least 1 question").max(MAX_ASSIGNMENT_QUESTIONS, `At most ${MAX_ASSIGNMENT_QUESTIONS} questions`),
    opensAt: localDateTime,
    dueAt: localDateTime,
    lateUntil: z.preprocess(optionalText, localDateTime.optional()),
    timeZone: z.string().min(1).max(100).refine(isKnownTimeZone, "Unknown time zone; expected an IANA name such as Europe/Paris"),
    timeLimitMinutes: z.preprocess(
      optionalText,
      z.coerce.number({ message: "Enter minutes as a whole number, or leave empty for no limit" }).int("Enter whole minutes").min(1, "At least 1 minute").max(MAX_TIME_LIMIT_MINUTES, `At most ${MAX_TIME_LIMIT_MINUTES} minutes`).optional(),
    ),
    attemptsAllowed: z.coerce.number({ message: "Enter a whole number" }).int("Enter a whole number").min(1, "At least 1 attempt").max(MAX_ATTEMPTS_ALLOWED, `At most ${MAX_ATTEMPTS_ALLOWED} attempts`),
    drawMode: z.enum(DRAW_MODES, { message: "Choose the same questions for everyone, or a draw per student" }),
    reviewAfter: z.enum(REVIEW_POLICIES, { message: "Choose when answers are shown" }),
  })
  // The dates are checked against each other as soon as they and the time zone are valid, whatever
  // the other fields hold, so that one submission shows every message (a refinement is otherwise
  // skipped while any field has an error).
  .superRefine(
    (input, context) => {
      // Without a known time zone only the calendar can be checked (31 February); the zone has its own message.
      if (!isKnownTimeZone(input.timeZone)) {
        for (const field of DATE_FIELDS) {
          const value = input[field];
          if (value !== undefined && wallClockOf(value) === null) context.addIssue({ code: "custom", path: [field], message: "Not a real date; expected e.g. 2026-03-10 09:30" });
        }
        return;
      }
      const instants = assignmentInstants(input);
      for (const field of DATE_FIELDS) {
        if (instants[field] === undefined) {
          const skipped = wallClockOf(input[field] ?? "") !== null;
          context.addIssue({ code: "custom", path: [field], message: skipped ? `This time does not exist in ${input.timeZone}: the clocks skip it that night; choose another` : "Not a real date; expected e.g. 2026-03-10 09:30" });
        }
      }
      const { opensAt, dueAt, lateUntil } = instants;
      if (opensAt && dueAt && dueAt <= opensAt) context.addIssue({ code: "custom", path: ["dueAt"], message: "The due date must be after the opening date" });
      if (dueAt && lateUntil && lateUntil <= dueAt) context.addIssue({ code: "custom", path: ["lateUntil"], message: "Late attempts must end after the due date (or leave this empty)" });
    },
    { when: whenValid(...DATE_FIELDS) },
  )
  .transform((input) => {
    const { opensAt, dueAt, lateUntil } = assignmentInstants(input);
    return {
      classId: input.classId,
      title: input.title,
      articleSlug: input.articleSlug,
      sections: input.sections,
      kinds: input.kinds,
      includeOwnQuestions: input.includeOwnQuestions,
      questionCount: input.questionCount,
      opensAt: opensAt ?? new Date(0),
      dueAt: dueAt ?? new Date(0),
      lateUntil: lateUntil ?? null,
      timeLimitMinutes: input.timeLimitMinutes ?? null,
      attemptsAllowed: input.attemptsAllowed,
      drawMode: input.drawMode,
      reviewAfter: input.reviewAfter,
    };
  });
export type AssignmentInput = z.output<typeof assignmentFormSchema>;

const choiceText = z.string().trim().min(1, "A choice cannot be empty").max(500, "At most 500 characters per choice");

/** An edit of a generated question: a new prompt, and for a choice question new choices and which is right. */
const lowerCased = (texts: readonly string[]) => texts.map((text) => text.toLowerCase());

export const questionEditSchema = z
  .object({
    questionId: z.string().regex(/^q_[0-9a-z]{12,}$/, "Not a question id"),
    prompt: z.string().trim().min(1, "Enter the question").max(1000, "At most 1000 characters"),
    choices: z.array(choiceText).max(10, "At most 10 choices").optional(),
    answer: z.string().trim().min(1).max(500).optional(),
  })
  .refine((input) => input.choices === undefined || new Set(lowerCased(input.choices)).size === input.choices.length, {
    message: "Each choice must be different",
    path: ["choices"],
    when: whenValid("choices"),
  })
  // Also beside a message about the choices themselves (a repeated one, say).
  .refine((input) => !Array.isArray(input.choices) || input.answer === undefined || input.choices.length < 2 || input.choices.includes(input.answer), {
    message: "The right answer must be one of the choices",
    path: ["answer"],
    when: whenValid("answer"),
  });
export type QuestionEditInput = z.infer<typeof questionEditSchema>;

/** A question the instructor writes, citing one sentence of the article. */
export const writtenQuestionSchema = z
  .object({
    articleSlug: z.string().min(1).max(200),
    sentenceId: z.string().min(1, "Choose the sentence the question cites").max(100),
    prompt: z.string().trim().min(1, "Enter the question").max(1000, "At most 1000 characters"),
    answer: z.string().trim().min(1, "Enter the right answer").max(500, "At most 500 characters"),
    wrongChoices: z.array(choiceText).max(9, "At most 9 wrong choices").default([]),
  })
  .refine((input) => !input.wrongChoices.some((choice) => choice.toLowerCase() === input.answer.toLowerCase()), {
    message: "A wrong choice repeats the right answer",
    path: ["wrongChoices"],
    when: whenValid("answer", "wrongChoices"),
  })
  .refine((input) => new Set(lowerCased(input.wrongChoices)).size === input.wrongChoices.length, {
    message: "Each wrong choice must be different",
    path: ["wrongChoices"],
    when: whenValid("wrongChoices"),
  });
export type WrittenQuestionInput = z.infer<typeof writtenQuestionSchema>;

export const attributionFieldSchema = z
  .string()
  .trim()
  .min(1, "Enter the attribution: the source and its licence, e.g. Adapted from … Licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)")
  .max(1000, "At most 1000 characters, on one line")
  .refine((text) => !/[\r\n]/.test(text), "The attribution must be a single line");
