import { exportShape, sourceFeedback, type ExportSet } from "./export-set";

// Moodle XML (docs.moodle.org "Moodle XML format"): a category question naming the article, then
// one <question> per question, text as plain_text, the source sentence and attribution as general feedback.

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // Characters XML 1.0 does not allow at all (control characters other than tab and line breaks).
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}

const text = (value: string) => `<text>${escapeXml(value)}</text>`;
const plain = (tag: string, value: string, extra = "") => `<${tag} format="plain_text"${extra}>${text(value)}</${tag}>`;

function answer(fraction: number, value: string): string {
  return `    <answer fraction="${fraction}" format="plain_text">${text(value)}<feedback format="plain_text"><text></text></feedback></answer>`;
}

export function toMoodleXml(set: ExportSet): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<quiz>",
    `<!-- Questions on “${escapeXml(set.title)}”, exported from Footnote.${set.attribution ? ` Text: ${escapeXml(set.attribution).replace(/--/g, "- -")}` : ""} -->`,
    '  <question type="category">',
    `    <category>${text(`$course$/top/Footnote/${set.title}`)}</category>`,
    `    <info format="plain_text">${text(set.attribution)}</info>`,
    "  </question>",
  ];
  for (const question of set.questions) {
    const shape = exportShape(question);
    const type = { "true-false": "truefalse", "multiple-choice": "multichoice", "short-answer": "shortanswer", matching: "matching" }[shape.type];
    lines.push(`  <question type="${type}">`);
    lines.push(`    <name>${text(question.id)}</name>`);
    lines.push(`    ${plain("questiontext", question.prompt)}`);
    lines.push(`    ${plain("generalfeedback", sourceFeedback(question, set))}`);
    lines.push("    <defaultgrade>1</defaultgrade>", "    <penalty>0.3333333</penalty>", "    <hidden>0</hidden>");
    lines.push(`    <idnumber>${escapeXml(question.id)}</idnumber>`);
    switch (shape.type) {
      case "true-false":
        lines.push(answer(shape.answer ? 100 : 0, "true"), answer(shape.answer ? 0 : 100, "false"));
        break;
      case "multiple-choice":
        lines.push("    <single>true</single>", "    <shuffleanswers>true</shuffleanswers>", "    <answernumbering>abc</answernumbering>");
        lines.push(answer(100, shape.answer), ...shape.wrong.map((choice) => answer(0, choice)));
        break;
      case "short-answer":
        lines.push("    <usecase>0</usecase>", ...shape.answers.map((value) => answer(100, value)));
        break;
      case "matching":
        lines.push("    <shuffleanswers>true</shuffleanswers>");
        for (const [left, right] of shape.pairs) {
          lines.push(`    <subquestion format="plain_text">${text(left)}<answer>${text(right)}</answer></subquestion>`);
        }
        break;
    }
    lines.push("  </question>");
  }
  lines.push("</quiz>", "");
  return lines.join("\n");
}
