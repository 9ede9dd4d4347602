import type { Article, Sentence } from "@/lib/content/types";
import { questionSchema, type Question } from "@/lib/questions/schema";
import type { QuestionEditInput, WrittenQuestionInput } from "./schema";

// An instructor's edit of a generated question is stored apart from the question (keyed by its id)
// and applied whenever the question is read, so it survives a content re-sync that rewrites the
// generated bank. These functions are that application, and the building of written questions.

export type QuestionEdit = { prompt: string; choices?: string[]; answer?: string };

export type EditOutcome = { ok: true; question: Question } | { ok: false; errors: Record<string, string[]> };

/** Field errors from a question that does not fit the schema after an edit, named by the form's fields. */
function schemaErrors(candidate: unknown): Record<string, string[]> | null {
  const parsed = questionSchema.safeParse(candidate);
  if (parsed.success) return null;
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] === "choices" || issue.path[0] === "answer" || issue.path[0] === "prompt" ? String(issue.path[0]) : "prompt";
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

/** The question with the edit applied, or field errors saying why the edit does not fit this kind. */
export function applyQuestionEdit(question: Question, edit: QuestionEdit): EditOutcome {
  const candidate: Record<string, unknown> = { ...question, prompt: edit.prompt };
  if (question.kind === "true-false") {
    if (edit.answer !== undefined) {
      if (edit.answer !== "True" && edit.answer !== "False") return { ok: false, errors: { answer: ['Expected "True" or "False"'] } };
      candidate.answer = edit.answer;
    }
  } else if (question.kind === "timeline-order" || question.kind === "matching") {
    if (edit.choices !== undefined || edit.answer !== undefined) return { ok: false, errors: { choices: ["Only the prompt of an ordering or matching question can be edited"] } };
  } else {
    const answer = edit.answer ?? question.answer;
    candidate.answer = answer;
    if (answer !== question.answer) {
      // The old answer's typed variants and its explanation would grade and explain the old answer.
      candidate.accepted = [];
      candidate.explanation = explanationForAnswer(question.explanation, answer);
    }
    if (edit.choices !== undefined && edit.choices.length > 0) {
      if (edit.choices.length < 2) return { ok: false, errors: { choices: ["Give at least 2 choices, one of them the right answer"] } };
      if (!edit.choices.includes(answer)) return { ok: false, errors: { answer: [`The right answer must be one of the choices; "${answer}" is not`] } };
      candidate.choices = edit.choices;
    }
  }
  const errors = schemaErrors(candidate);
  return errors ? { ok: false, errors } : { ok: true, question: questionSchema.parse(candidate) };
}

/** The text cut into parts with the answer's first occurrence (any case) marked; `at` is -1 when the text does not hold it. */
function markAnswer(text: string, answer: string): { at: number; parts: Question["explanation"]["parts"] } {
  const at = text.toLowerCase().indexOf(answer.toLowerCase());
  if (at < 0) return { at, parts: [{ text, answer: false }] };
  const parts = [
    { text: text.slice(0, at), answer: false },
    { text: text.slice(at, at + answer.length), answer: true },
    { text: text.slice(at + answer.length), answer: false },
  ].filter((part) => part.text.length > 0);
  return { at, parts };
}

/**
 * The explanation of a question whose answer an instructor changed: the same source text, with the
 * new answer marked where the text holds it, and without the notes that called it a wrong choice.
 * When the source does not state the new answer, nothing is marked and a note says so.
 */
function explanationForAnswer(explanation: Question["explanation"], answer: string): Question["explanation"] {
  const { at, parts } = markAnswer(explanation.parts.map((part) => part.text).join(""), answer);
  const notes = explanation.notes.filter((note) => !note.toLowerCase().includes(answer.toLowerCase()));
  return { parts, notes: at >= 0 ? notes : [`Your instructor set this answer; the source quoted above does not state it.`, ...notes] };
}

/** The stored edit as it applies now; a stale edit (the question changed shape) leaves the question as generated. */
export function applyStoredEdit(question: Question, edit: QuestionEdit): Question {
  const outcome = applyQuestionEdit(question, edit);
  return outcome.ok ? outcome.question : question;
}

function sectionPathOf(article: Pick<Article, "sections">, sentence: Sentence): string[] {
  return article.sections.find((section) => section.id === sentence.sectionId)?.path ?? [];
}

/**
 * A question the instructor wrote, citing one sentence. Asked as true/false when the answer is
 * True or False and no choices are given; otherwise as a gap question, with choices when wrong
 * choices are given and typed otherwise. The answer is marked in the sentence when it appears there.
 */
export function buildWrittenQuestion(input: WrittenQuestionInput, article: Pick<Article, "slug" | "sections" | "sentences">, id: string): EditOutcome {
  const sentence = article.sentences.find((candidate) => candidate.id === input.sentenceId);
  if (!sentence) return { ok: false, errors: { sentenceId: ["Choose a sentence of this article"] } };
  const { at, parts } = markAnswer(sentence.text, input.answer);
  const span = at >= 0 ? { start: sentence.start + at, end: sentence.start + at + input.answer.length } : { start: sentence.start, end: sentence.end };
  const common = {
    id,
    prompt: input.prompt,
    accepted: [],
    source: { articleSlug: article.slug, sectionPath: sectionPathOf(article, sentence), refId: sentence.id, text: sentence.text, ...span },
    explanation: { parts, notes: [] },
    score: 1,
  };
  const trueFalse = input.wrongChoices.length === 0 && /^(true|false)$/i.test(input.answer);
  const candidate = trueFalse
    ? { ...common, kind: "true-false", answer: input.answer.toLowerCase() === "true" ? "True" : "False", choices: ["True", "False"], typeable: false }
    : {
        ...common,
        kind: "cloze",
        answer: input.answer,
        typeable: input.wrongChoices.length === 0,
        ...(input.wrongChoices.length > 0 ? { choices: [input.answer, ...input.wrongChoices] } : {}),
      };
  const errors = schemaErrors(candidate);
  return errors ? { ok: false, errors } : { ok: true, question: questionSchema.parse(candidate) };
}

/** Re-applies a prompt/choices edit form's values on top of what the question currently is, for pre-filling. */
export function editableFields(question: Question): QuestionEditInput {
  const choices = question.kind === "timeline-order" || question.kind === "matching" || question.kind === "true-false" || question.kind === "flashcard" ? undefined : question.choices;
  return {
    questionId: question.id,
    prompt: question.prompt,
    ...(choices ? { choices } : {}),
    ...(typeof question.answer === "string" ? { answer: question.answer } : {}),
  };
}
