import { LINE_BREAK } from "./explanation-lines";
import type { GenerationReport } from "./generate";
import { QUESTION_KINDS, type Question, type QuestionKind } from "./schema";
import { createRandom, sampleOf } from "./seeded-random";

// Text for people reviewing a question bank: the CLI preview and the review sample
// (docs/question-quality.md describes how to review).

const KIND_TITLES: Readonly<Record<QuestionKind, string>> = {
  "infobox-fact": "Infobox facts",
  "list-membership": "List membership",
  "timeline-date": "Timeline: when?",
  "timeline-event": "Timeline: what happened?",
  "timeline-order": "Timeline: put in order",
  cloze: "Cloze (fill in the blank)",
  "true-false": "True or false",
  matching: "Matching",
  flashcard: "Flashcards",
};

/** A seeded random sample, so that a review can be repeated with the same questions. */
export function sampleQuestions(questions: readonly Question[], count: number, seed: number | string): Question[] {
  return sampleOf(questions, count, createRandom(`sample:${seed}`));
}

/** The explanation's source text with the answer between [[ and ]]. */
export function markedSource(question: Question): string {
  return question.explanation.parts.map((part) => (part.answer ? `[[${part.text}]]` : part.text)).join("");
}

/** One question as readable lines: prompt, choices (the right one ticked), answer, source and notes. */
export function formatQuestion(question: Question, number?: number): string[] {
  const lines: string[] = [];
  const label = number === undefined ? "" : `${number}. `;
  lines.push(`${label}[${question.kind}] ${question.prompt}`);
  switch (question.kind) {
    case "timeline-order":
      lines.push(`   shown:  ${question.choices.map((item) => `“${item}”`).join(" / ")}`);
      question.answer.forEach((item, index) => lines.push(`   ${index + 1}) ${item}`));
      break;
    case "matching":
      for (const [left, right] of question.answer) lines.push(`   ${left}  ->  ${right}`);
      break;
    case "flashcard":
      lines.push(`   back: ${question.answer}`);
      break;
    default:
      if (question.choices) for (const choice of question.choices) lines.push(`   ${choice === question.answer ? "[x]" : "[ ]"} ${choice}`);
      else lines.push(`   answer: ${question.answer}`);
  }
  if (question.accepted.length > 0) lines.push(`   also accepted: ${question.accepted.join("; ")}`);
  if (question.typeable && question.kind !== "flashcard") lines.push("   can be typed");
  const quoted = markedSource(question).split(LINE_BREAK);
  if (quoted.length === 1) lines.push(`   source (${whereFrom(question)}, ${question.source.refId}): ${truncate(quoted[0]!, 400)}`);
  else {
    lines.push(`   sources (${whereFrom(question)}):`);
    for (const line of quoted) lines.push(`     ${truncate(line, 200)}`);
  }
  for (const note of question.explanation.notes) lines.push(`   note: ${note}`);
  lines.push(`   score ${question.score}  id ${question.id}`);
  return lines;
}

/** The section a question cites, or for several items in different sections, those sections' names. */
function whereFrom(question: Question): string {
  if (question.source.sectionPath.length > 0) return question.source.sectionPath.join(" > ");
  const sections = [...new Set((question.evidence ?? []).map((evidence) => evidence.sectionPath[0] ?? "Lead"))];
  return sections.length > 1 ? sections.join(", ") : "Lead";
}

export function countByKind(questions: readonly Question[]): Record<QuestionKind, number> {
  const counts = Object.fromEntries(QUESTION_KINDS.map((kind) => [kind, 0])) as Record<QuestionKind, number>;
  for (const question of questions) counts[question.kind] += 1;
  return counts;
}

/** The readable preview: questions grouped by kind with counts, then key-fact coverage. */
export function formatPreview(title: string, report: GenerationReport): string {
  const lines: string[] = [];
  const counts = countByKind(report.questions);
  lines.push(`${title}: ${report.questions.length} questions (from ${report.candidateCount} candidates)`);
  lines.push(QUESTION_KINDS.map((kind) => `${kind} ${counts[kind]}`).join(", "));
  for (const kind of QUESTION_KINDS) {
    const ofKind = report.questions.filter((question) => question.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push("", `== ${KIND_TITLES[kind]} (${ofKind.length}) ==`);
    ofKind.forEach((question, index) => lines.push(...formatQuestion(question, index + 1)));
  }
  const { coverage } = report;
  lines.push("", `Key facts covered: ${coverage.covered.length}/${coverage.covered.length + coverage.missing.length} (${Math.round(coverage.ratio * 100)}%)`);
  for (const fact of coverage.missing) lines.push(`  not covered: ${fact.label}`);
  return lines.join("\n");
}

function truncate(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}
