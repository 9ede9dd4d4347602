import { normaliseAnswer } from "../answers/normalise-answer";
import type { Article } from "../content/types";
import { findUnresolvedReference, refersToChoices } from "./prompt-text";
import { questionSchema, type Question } from "./schema";

// The gates every emitted question passes. Generation drops candidates that fail one; the tests
// in generate.test.ts re-check every question of every fixture article independently.

export type GateFailure = { gate: GateName; detail: string };
export type GateName = "schema" | "answer-in-source" | "answer-not-in-prompt" | "answer-not-title" | "choices" | "unresolved-reference" | "damaged-text" | "flashcard-front";

/** The items a question's answer consists of (one for most kinds; each item for orderings; both sides for matching). */
export function answerItems(question: Question): string[] {
  if (question.kind === "timeline-order") return question.answer;
  if (question.kind === "matching") return question.answer.flat();
  if (question.kind === "true-false") return [];
  return [question.answer];
}

/** Whether `haystack` contains `needle` as whole words, compared through the answer normaliser. */
export function containsNormalised(haystack: string, needle: string): boolean {
  const wanted = normaliseAnswer(needle);
  if (wanted === "") return false;
  if (haystack.toLowerCase().includes(needle.toLowerCase())) return true;
  return ` ${normaliseAnswer(haystack)} `.includes(` ${wanted} `);
}

/** The prompt without presentational lead-ins, as the reader would take it on its own. */
export function promptBody(prompt: string): string {
  return prompt.replace(/^Fill in the blank:\s*/, "");
}

const NAME_CONNECTORS = new Set(["of", "the", "for", "and", "in", "de", "du", "la", "le", "al", "el", "bin", "ibn", "wa", "wal", "ul", "fi", "da", "y", "on", "an", "at"]);

/** Rough shape of a choice, so that every choice can be checked to be the same kind of thing as the answer. */
export function shapeOf(text: string): string {
  const trimmed = text.trim();
  if (/^[A-Z]{3}$/.test(trimmed)) return "code";
  const iso = normaliseAnswer(trimmed);
  if (/^\d{4}-\d{2}-\d{2}(?:\/\d{2})?$/.test(iso)) return "date-day";
  if (/^\d{4}-\d{2}$/.test(iso)) return "date-month";
  if (/^(?:c\.|circa) ?\d{3,4}(?:–\d{3,4})?$|^(?:Early|Mid-|Late) ?\d{4}$|^\d{3,4}–\d{3,4}$/.test(trimmed)) return "date-year";
  if (/^[$£€]?\d[\d,.]*(?: (?:million|billion|thousand))?(?: per cent|%)?$/.test(trimmed)) return /^\d{3,4}$/.test(trimmed) && Number(trimmed) > 1000 && Number(trimmed) < 2100 ? "date-year" : "number";
  const words = trimmed.replace(/\s*\([^)]*\)/g, "").split(/\s+/);
  const contentWordInLowerCase = words.some((word) => /^[a-z]/.test(word) && !NAME_CONNECTORS.has(word.replace(/[^a-z]/g, "")) && !/^(?:al|el|ul|ad|as|an|ar|at|az|wal|bin|ibn)-\p{Lu}/u.test(word));
  if (words.length >= 4 && contentWordInLowerCase) return "sentence";
  return "name";
}

/**
 * Every gate a question fails. `validateSchema: false` skips the zod check, for callers whose
 * questions are typed by construction (generation validates its output in tests and at the CLI).
 */
export function checkQuestion(question: Question, article: Article, source: string, options: { validateSchema?: boolean } = {}): GateFailure[] {
  const failures: GateFailure[] = [];
  if (options.validateSchema !== false) {
    const parsed = questionSchema.safeParse(question);
    if (!parsed.success) failures.push({ gate: "schema", detail: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") });
  }

  const slice = source.slice(question.source.start, question.source.end);
  const items = answerItems(question);
  for (const item of items) {
    if (!containsNormalised(slice, item)) failures.push({ gate: "answer-in-source", detail: `“${item}” is not in the cited span “${slice.slice(0, 80)}”` });
  }
  for (const evidence of question.evidence ?? []) {
    const evidenceSlice = source.slice(evidence.start, evidence.end);
    if (!items.some((item) => containsNormalised(evidenceSlice, item) || containsNormalised(evidence.text, item))) {
      failures.push({ gate: "answer-in-source", detail: `evidence ${evidence.refId} holds none of the answer's items` });
    }
  }
  if (question.kind === "true-false") {
    const decided = containsNormalised(question.prompt, slice) || question.explanation.notes.some((note) => containsNormalised(note, slice));
    if (!decided) failures.push({ gate: "answer-in-source", detail: `the deciding item “${slice}” is neither in the statement nor in its explanation` });
  }

  const body = promptBody(question.prompt);
  if (question.kind !== "true-false") {
    for (const item of [...items, ...question.accepted]) {
      if (containsNormalised(body, item)) failures.push({ gate: "answer-not-in-prompt", detail: `the prompt contains the answer “${item}”` });
    }
  }

  // The quiz and flashcard pages show the article's title above every question.
  if (typeof question.answer === "string" && question.kind !== "true-false" && normaliseAnswer(question.answer) === normaliseAnswer(article.title)) {
    failures.push({ gate: "answer-not-title", detail: `the answer “${question.answer}” is the article's title, shown above the question` });
  }

  if ("choices" in question && question.choices !== undefined && question.kind !== "true-false") {
    const keys = question.choices.map(normaliseAnswer);
    if (new Set(keys).size !== keys.length) failures.push({ gate: "choices", detail: "two choices are the same" });
    if (question.kind !== "timeline-order" && question.kind !== "matching") {
      const answerShape = shapeOf(question.answer);
      const odd = question.choices.filter((choice) => shapeOf(choice) !== answerShape);
      if (odd.length > 0) failures.push({ gate: "choices", detail: `choices not shaped like the answer (${answerShape}): ${odd.join(", ")}` });
    }
  }

  // A card shows no choices, so its front cannot lean on them.
  if (question.kind === "flashcard" && refersToChoices(question.prompt)) {
    failures.push({ gate: "flashcard-front", detail: `the front “${question.prompt}” refers to choices a flashcard does not show` });
  }

  const reference = findUnresolvedReference(body);
  if (reference !== undefined) failures.push({ gate: "unresolved-reference", detail: reference });

  const answerSpans = question.kind === "timeline-order" || question.kind === "matching" ? (question.evidence ?? []) : [question.source];
  for (const sentence of article.sentences) {
    if (!sentence.damaged) continue;
    if (answerSpans.some((span) => span.start < sentence.end && span.end > sentence.start)) {
      failures.push({ gate: "damaged-text", detail: `built from damaged text (${sentence.damaged}): “${sentence.text}”` });
    }
  }
  return failures;
}
