import { normaliseAnswer } from "../answers/normalise-answer";
import type { GenerationContext, InfoboxEntry } from "./context";
import { describeEvent } from "./event-text";
import { containsWord } from "./text-match";

// One line per wrong choice that is itself a fact in the article, saying where it really belongs.

/** "listed among X's allies" / "listed as fighting against A in the B War" / "listed as a predecessor of X". */
export function relationPhrase(context: GenerationContext, entry: InfoboxEntry): string {
  const { subject, warSides } = context;
  if (warSides && entry.profile.family === "belligerents") return `listed as fighting on ${warSides.anchor.display}'s side in ${subject.name}`;
  if (warSides && entry.profile.family === "opponents") return `listed as fighting against ${warSides.anchor.display} in ${subject.name}`;
  if (entry.profile.fallback) return `listed under “${entry.field.key.trim()}” for ${subject.name}`;
  const statement = entry.profile.statement ?? `{X} is listed among {S's} ${entry.profile.plural}.`;
  return statement
    .replace(/^\{X\} is /, "")
    .replace(/\.$/, "")
    .replace("{S's}", subject.possessive)
    .replace("{S}", subject.name);
}

/** "Y is listed among X's opponents, not X's allies." for a choice that belongs to another list. */
export function contrastNote(context: GenerationContext, choice: InfoboxEntry, asked: InfoboxEntry): string {
  const askedRelation = relationPhrase(context, asked).replace(/^listed (?:among|as|under) /, "");
  return `${choice.display} is ${relationPhrase(context, choice)}, not ${askedRelation}.`;
}

/** Where a choice really belongs, or undefined if it is not a fact in the article (e.g. a generated date). */
export function noteForChoice(context: GenerationContext, choice: string, exceptRefId?: string): string | undefined {
  const key = normaliseAnswer(choice);
  const entry = context.infobox.find((candidate) => normaliseAnswer(candidate.display) === key);
  if (entry) return `${choice} is ${relationPhrase(context, entry)}.`;

  for (const event of context.timeline) {
    const description = describeEvent(event);
    if (normaliseAnswer(description.text) === key) return `That happened on ${event.dateText}: “${description.text}”.`;
    if (normaliseAnswer(event.dateText) === key && event.id !== exceptRefId) return `${choice} is the date of another entry: “${description.text}”.`;
  }

  for (const sentence of context.article.sentences) {
    if (sentence.id === exceptRefId || sentence.damaged || !containsWord(sentence.text, choice)) continue;
    const section = context.sections.get(sentence.sectionId);
    const where = section === undefined || section.level === 1 ? "the introduction" : `“${section.title}”`;
    return `${choice} appears in ${where}: “${excerpt(sentence.text, choice)}”`;
  }
  return undefined;
}

/** Up to ~110 characters of a sentence around a phrase. */
export function excerpt(text: string, around: string, limit = 110): string {
  if (text.length <= limit) return text;
  const at = Math.max(0, text.indexOf(around));
  let start = Math.max(0, at - Math.floor((limit - around.length) / 2));
  start = start === 0 ? 0 : text.indexOf(" ", start) + 1;
  const end = Math.min(text.length, start + limit);
  const cut = text.slice(start, end);
  const trimmed = end < text.length ? cut.slice(0, cut.lastIndexOf(" ")) : cut;
  return `${start > 0 ? "…" : ""}${trimmed}${end < text.length ? "…" : ""}`;
}
