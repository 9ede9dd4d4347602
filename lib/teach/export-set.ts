import type { Question } from "@/lib/questions/schema";

// What every export format receives: one article's questions (instructor edits already applied)
// and the article's attribution, which each format carries (CC BY-SA asks for it with the text).

export type ExportSet = {
  /** The article's title, also the name of the Moodle category and the Anki deck. */
  title: string;
  slug: string;
  /** The licence and source line (content/README.md); may be empty for original writing. */
  attribution: string;
  questions: readonly Question[];
};

/** The formats a question set can be exported to. */
export const EXPORT_FORMATS = ["gift", "moodle-xml", "anki"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_DETAILS: Record<ExportFormat, { label: string; extension: string; contentType: string }> = {
  gift: { label: "Moodle GIFT", extension: "gift.txt", contentType: "text/plain; charset=utf-8" },
  "moodle-xml": { label: "Moodle XML", extension: "moodle.xml", contentType: "application/xml; charset=utf-8" },
  anki: { label: "Anki (tab-separated text)", extension: "anki.txt", contentType: "text/plain; charset=utf-8" },
};

/** The general feedback of every exported question: the cited source text, where it is, and the attribution. */
export function sourceFeedback(question: Question, set: Pick<ExportSet, "title" | "attribution">): string {
  const where = question.source.sectionPath.length > 0 ? ` (${question.source.sectionPath.join(" › ")})` : "";
  const credit = set.attribution ? ` ${set.attribution}` : "";
  return `Source${where}: “${question.source.text}” From “${set.title}”.${credit}`;
}

/** A timeline-order question is exported as matching each event to its position. */
export function orderAsPairs(items: readonly string[]): [string, string][] {
  return items.map((item, index) => [item, `${index + 1}${ordinalSuffix(index + 1)}`]);
}

function ordinalSuffix(value: number): string {
  if (value % 100 >= 11 && value % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][value % 10] ?? "th";
}

/** How an exported question is asked, whatever the format. */
export type ExportShape =
  | { type: "true-false"; answer: boolean }
  | { type: "multiple-choice"; answer: string; wrong: string[] }
  | { type: "short-answer"; answers: string[] }
  | { type: "matching"; pairs: [string, string][] };

export function exportShape(question: Question): ExportShape {
  switch (question.kind) {
    case "true-false":
      return { type: "true-false", answer: question.answer === "True" };
    case "timeline-order":
      return { type: "matching", pairs: orderAsPairs(question.answer) };
    case "matching":
      return { type: "matching", pairs: question.answer.map(([left, right]) => [left, right]) };
    case "flashcard":
      return { type: "short-answer", answers: [question.answer, ...question.accepted] };
    default:
      if (question.choices && question.choices.length >= 2) {
        return { type: "multiple-choice", answer: question.answer, wrong: question.choices.filter((choice) => choice !== question.answer) };
      }
      return { type: "short-answer", answers: [...new Set([question.answer, ...question.accepted])] };
  }
}

/** The correct answer as one line of text (answer keys, Anki backs). */
export function answerText(question: Question): string {
  const shape = exportShape(question);
  if (shape.type === "true-false") return shape.answer ? "True" : "False";
  if (shape.type === "multiple-choice") return shape.answer;
  if (shape.type === "short-answer") return shape.answers[0] ?? "";
  if (question.kind === "timeline-order") return question.answer.map((item, index) => `${index + 1}. ${item}`).join("; ");
  return shape.pairs.map(([left, right]) => `${left} → ${right}`).join("; ");
}
