import { z } from "zod";

// The question bank's data shape: the boundary between generation (lib/questions), storage
// (server/questions) and the quiz UI. Documented for people in docs/question-schema.md.

export const QUESTION_KINDS = [
  "infobox-fact",
  "list-membership",
  "timeline-date",
  "timeline-event",
  "timeline-order",
  "cloze",
  "true-false",
  "matching",
  "flashcard",
] as const;

export const questionKindSchema = z.enum(QUESTION_KINDS);
export type QuestionKind = z.infer<typeof questionKindSchema>;

const offset = z.number().int().nonnegative();

/**
 * Where a question comes from. `text` is the sentence, infobox line or timeline entry as written;
 * `start`/`end` are the offsets of the ANSWER in the article file (for true/false: of the item whose
 * place in the article decides the statement).
 */
export const sourceRefSchema = z
  .object({
    articleSlug: z.string().min(1),
    sectionPath: z.array(z.string()),
    refId: z.string().min(1),
    text: z.string().min(1),
    start: offset,
    end: offset,
  })
  .refine((source) => source.end > source.start, { message: "source.end must be after source.start", path: ["end"] })
  .meta({ id: "SourceRef", description: "Where a question comes from; start/end are the answer's offsets in the article file." });
export type SourceRef = z.infer<typeof sourceRefSchema>;

/**
 * The source text cut into parts, the answer span marked (for ordering and matching: each item's own
 * text, a part "\n" between items; see explanation-lines.ts); plus one note per wrong choice that is
 * a fact elsewhere.
 */
export const explanationSchema = z
  .object({
    parts: z.array(z.object({ text: z.string().min(1), answer: z.boolean() })).min(1),
    notes: z.array(z.string().min(1)),
  })
  .meta({ id: "Explanation", description: "The source text cut into parts with the answer marked, and notes on wrong choices." });
export type Explanation = z.infer<typeof explanationSchema>;

const baseFields = {
  /** Stable while the source text is unchanged: a hash of article, kind, source text and answer span. */
  id: z.string().regex(/^q_[0-9a-z]{12,}$/),
  prompt: z.string().min(1),
  /** Other strings accepted when the answer is typed (acronyms the article defines, ISO dates...). */
  accepted: z.array(z.string().min(1)),
  /** True when the question can be answered by typing as well as (or instead of) choosing. */
  typeable: z.boolean(),
  source: sourceRefSchema,
  /** One entry per item of an ordering or matching question, each pointing at that item's own text. */
  evidence: z.array(sourceRefSchema).optional(),
  explanation: explanationSchema,
  /** 0-1, from the scoring in lib/questions/scoring.ts; questions below the threshold are never emitted. */
  score: z.number().min(0).max(1),
};

const uniqueStrings = (values: readonly string[]) => new Set(values.map((value) => value.trim().toLowerCase())).size === values.length;

const singleAnswerQuestion = <Kind extends QuestionKind>(kind: Kind) =>
  z
    .object({
      ...baseFields,
      kind: z.literal(kind),
      answer: z.string().min(1),
      choices: z.array(z.string().min(1)).min(2).optional(),
    })
    .refine((question) => question.choices === undefined || question.choices.includes(question.answer), {
      message: "the answer must be one of the choices",
      path: ["choices"],
    })
    .refine((question) => question.choices === undefined || uniqueStrings(question.choices), {
      message: "choices must be unique",
      path: ["choices"],
    });

const infoboxFactQuestionSchema = singleAnswerQuestion("infobox-fact");
const listMembershipQuestionSchema = singleAnswerQuestion("list-membership");
const timelineDateQuestionSchema = singleAnswerQuestion("timeline-date");
const timelineEventQuestionSchema = singleAnswerQuestion("timeline-event");
const clozeQuestionSchema = singleAnswerQuestion("cloze");

const trueFalseQuestionSchema = z.object({
  ...baseFields,
  kind: z.literal("true-false"),
  answer: z.enum(["True", "False"]),
  choices: z.tuple([z.literal("True"), z.literal("False")]),
});

/** The prompt is the card's front, the answer its back. */
const flashcardSchema = z.object({
  ...baseFields,
  kind: z.literal("flashcard"),
  answer: z.string().min(1),
});

/** `answer` is the items in the right order; `choices` the same items shuffled for display. */
const timelineOrderQuestionSchema = z
  .object({
    ...baseFields,
    kind: z.literal("timeline-order"),
    answer: z.array(z.string().min(1)).min(3).max(5),
    choices: z.array(z.string().min(1)).min(3).max(5),
  })
  .refine((question) => uniqueStrings(question.answer), { message: "items must be unique", path: ["answer"] })
  .refine(
    (question) => question.choices.length === question.answer.length && question.choices.every((choice) => question.answer.includes(choice)),
    { message: "choices must be the answer's items", path: ["choices"] },
  );

/** `answer` is the correct [left, right] pairs, lefts in display order; `choices` the right-hand items shuffled. */
const matchingQuestionSchema = z
  .object({
    ...baseFields,
    kind: z.literal("matching"),
    answer: z.array(z.tuple([z.string().min(1), z.string().min(1)])).min(3).max(5),
    choices: z.array(z.string().min(1)).min(3).max(5),
  })
  .refine((question) => uniqueStrings(question.answer.map(([left]) => left)), { message: "left items must be unique", path: ["answer"] })
  .refine((question) => uniqueStrings(question.answer.map(([, right]) => right)), { message: "right items must be unique", path: ["answer"] })
  .refine(
    (question) => question.choices.length === question.answer.length && question.answer.every(([, right]) => question.choices.includes(right)),
    { message: "choices must be the right-hand items", path: ["choices"] },
  );

export const questionSchema = z.discriminatedUnion("kind", [
  infoboxFactQuestionSchema,
  listMembershipQuestionSchema,
  timelineDateQuestionSchema,
  timelineEventQuestionSchema,
  timelineOrderQuestionSchema,
  clozeQuestionSchema,
  trueFalseQuestionSchema,
  matchingQuestionSchema,
  flashcardSchema,
]);
export type Question = z.infer<typeof questionSchema>;

/** What `npm run questions -- <file> --json` prints. */
export const questionBankSchema = z.object({
  article: z.object({ slug: z.string().min(1), title: z.string().min(1) }),
  questions: z.array(questionSchema),
});
export type QuestionBank = z.infer<typeof questionBankSchema>;
