import { answerText, sourceFeedback, type ExportSet } from "./export-set";

// Anki's text import (Anki 2.1.55+ "file headers"): tab-separated, HTML fields, a GUID column so a
// second import updates the same notes instead of adding copies, a Basic note per question.

/** HTML-escaped, no tabs or line breaks (tab separates fields, a line is a note). */
export function ankiField(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, " ")
    .replace(/\r?\n/g, "<br>");
}

/** The note's GUID: the question id, stable across exports, so re-importing updates notes. */
export function ankiGuid(questionId: string): string {
  return `footnote-${questionId}`;
}

export function toAnki(set: ExportSet): string {
  const deck = `Footnote::${set.title.replace(/::/g, ":")}`;
  const headers = [
    "#separator:tab",
    "#html:true",
    "#guid column:1",
    "#notetype:Basic",
    `#deck:${deck.replace(/[\r\n]/g, " ")}`,
    "#tags column:4",
    "#columns:GUID\tFront\tBack\tTags",
  ];
  const tag = (value: string) => value.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const rows = set.questions.map((question) => {
    const front = ankiField(question.kind === "timeline-order" ? `${question.prompt}\n${question.choices.join("\n")}` : question.prompt);
    const choices = question.kind !== "timeline-order" && question.kind !== "matching" && "choices" in question && question.choices ? `<br><small>${ankiField(question.choices.join(" · "))}</small>` : "";
    const back = `<b>${ankiField(answerText(question))}</b><br><br><small>${ankiField(sourceFeedback(question, set))}</small>`;
    const tags = ["footnote", tag(set.slug), ...question.source.sectionPath.slice(0, 1).map(tag)].filter(Boolean).join(" ");
    return [ankiGuid(question.id), front + choices, back, tags].join("\t");
  });
  return `${headers.join("\n")}\n${rows.join("\n")}\n`;
}
