import { exportShape, sourceFeedback, type ExportSet } from "./export-set";

// Moodle GIFT (docs.moodle.org "GIFT format"). Special characters ~ = # { } : and the backslash
// are escaped with a backslash, line breaks written as \n, as Moodle's own exporter does. A
// question is "::name::text{answers####general feedback}", questions separated by a blank line.

export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (character) => `\\${character}`).replace(/\r?\n/g, "\\n");
}

/**
 * Moodle tells a matching question from a short answer by "->" inside the braces, and has no
 * escape for it; an arrow inside a matching item or an answer is written as "→" instead.
 */
function escapeAnswer(text: string): string {
  return escapeGift(text.replace(/->/g, "→"));
}

function giftComment(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `// ${line}`)
    .join("\n");
}

export function toGift(set: ExportSet): string {
  const header = [
    giftComment(`Questions on “${set.title}”, exported from Footnote.`),
    set.attribution ? giftComment(`Text: ${set.attribution}`) : null,
    "",
    `$CATEGORY: $course$/top/Footnote/${escapeGift(set.title).replace(/\//g, "-")}`,
    "",
  ].filter((line) => line !== null);
  const blocks = set.questions.map((question) => {
    const shape = exportShape(question);
    const feedback = `####${escapeGift(sourceFeedback(question, set))}`;
    const name = `::${escapeGift(question.id)}::`;
    const stem = escapeGift(question.prompt);
    switch (shape.type) {
      case "true-false":
        return `${name}${stem}{${shape.answer ? "TRUE" : "FALSE"}${feedback}}`;
      case "multiple-choice":
        return `${name}${stem}{\n\t=${escapeAnswer(shape.answer)}\n${shape.wrong.map((choice) => `\t~${escapeAnswer(choice)}\n`).join("")}\t${feedback}\n}`;
      case "short-answer":
        return `${name}${stem}{\n${shape.answers.map((answer) => `\t=${escapeAnswer(answer)}\n`).join("")}\t${feedback}\n}`;
      case "matching":
        return `${name}${stem}{\n${shape.pairs.map(([left, right]) => `\t=${escapeAnswer(left)} -> ${escapeAnswer(right)}\n`).join("")}\t${feedback}\n}`;
    }
  });
  return `${header.join("\n")}\n${blocks.join("\n\n")}\n`;
}
