import { normaliseAnswer } from "../answers/normalise-answer";
import type { TimelineEvent } from "../content/types";
import type { Candidate } from "./candidate";
import { areAliases, sectionPathOf, type GenerationContext, type InfoboxEntry } from "./context";
import { datesOverlap, findDateMentions, formatDatePoint, readDateStyle } from "./dates";
import { capitaliseFirst, describeEvent, toPastTense } from "./event-text";
import { FALLBACK_PENALTY, infoboxOrigin } from "./infobox-questions";
import { contrastNote, relationPhrase } from "./notes";
import { findUnresolvedReference, resolveSelfReferences, tidyForPrompt } from "./prompt-text";
import { countWords } from "./scoring";
import { createRandom } from "./seeded-random";
import { datePhrase } from "./timeline-questions";

// True/false only where the article's structure decides: an item's place in the infobox (an ally
// is not listed among the opponents) or the date a timeline entry carries.

export function generateTrueFalseQuestions(context: GenerationContext): Candidate[] {
  return [...fromInfobox(context), ...fromTimeline(context)];
}

function statementFor(context: GenerationContext, item: string, list: InfoboxEntry, itemType: string): string {
  // "Hill tribes are listed ...", "The Red Front is listed ...".
  return `${item} ${itemType === "collective" ? "are" : "is"} ${relationPhrase(context, list)}.`;
}

function fromInfobox(context: GenerationContext): Candidate[] {
  const candidates: Candidate[] = [];
  const listEntries = context.infobox.filter((entry) => entry.eligible && entry.profile.style === "membership" && !(context.warSides && entry === context.warSides.anchor));
  for (const entry of listEntries) {
    if (areAliases(entry.display, context.article.title, entry.type)) continue;
    const origin = infoboxOrigin(entry);
    const penalty = entry.profile.fallback ? [FALLBACK_PENALTY] : entry.type === "country-code" ? [{ reason: "country codes are cryptic, and a list of codes is rarely complete enough to make one provably wrong", weight: 0.5 }] : [];
    // True: the item in its own list.
    const truePrompt = statementFor(context, entry.display, entry, entry.type);
    candidates.push(trueFalse(truePrompt, "True", origin, [], `true:${entry.field.key}`, entry, 0.7, penalty));
    // False: the item claimed for a contrasting list it is not in.
    for (const family of entry.profile.contrast) {
      const other = context.infobox.find((candidate) => candidate.profile.family === family && candidate.field !== entry.field);
      if (!other) continue;
      const inOther = other.field.values.some((value) => context.sameEntity(value.text, entry.display, entry.type));
      if (inOther) continue;
      const prompt = statementFor(context, entry.display, other, entry.type);
      const note = contrastNote(context, entry, other);
      candidates.push(trueFalse(prompt, "False", origin, [note], `false:${other.field.key}`, entry, 0.78, penalty));
    }
  }
  return candidates;
}

function trueFalse(
  prompt: string,
  answer: "True" | "False",
  origin: Candidate["origin"],
  notes: string[],
  variant: string,
  entry: InfoboxEntry,
  kindWeight: number,
  penalties: { reason: string; weight: number }[],
): Candidate {
  return {
    kind: "true-false",
    prompt,
    answer,
    choices: ["True", "False"],
    accepted: [],
    typeable: false,
    origin,
    notes,
    variant,
    features: { kindWeight, importance: 0.9, promptWords: countWords(prompt), distractorSource: "structure", choiceCount: 0, penalties },
    facts: [`infobox:${entry.field.key}`],
    answerType: entry.type,
    sentenceIds: [],
  };
}

function fromTimeline(context: GenerationContext): Candidate[] {
  const candidates: Candidate[] = [];
  const events = context.timeline.filter((event) => {
    const first = context.sentences.get(event.sentenceIds[0] ?? "");
    return first !== undefined && !first.damaged;
  });
  for (const event of events) {
    const description = describeEvent(event);
    let clause = toPastTense(resolveSelfReferences(tidyForPrompt(description.text), context.subject));
    clause = context.lowerInitial(clause);
    const random = createRandom(`${context.slug}:tf:${event.id}`);
    let makeFalse = random() < 0.5;
    let shownDate = event;
    let notes: string[] = [];
    if (makeFalse) {
      // Another entry's date at the same precision, at least a year away and not mentioned in this entry.
      const own = [event.date, ...findDateMentions(event.text, event.start).map((mention) => mention.point)];
      const others = events.filter(
        (other) =>
          other !== event &&
          Math.abs(other.date.year - event.date.year) >= 1 &&
          (other.date.day === undefined) === (event.date.day === undefined) &&
          (other.date.month === undefined) === (event.date.month === undefined) &&
          !own.some((point) => datesOverlap(point, other.date)),
      );
      const swap = others[Math.floor(random() * others.length)];
      // No other entry at this precision: state it truly instead.
      if (swap) {
        shownDate = swap;
        // The wrong date as the statement wrote it (in this entry's style), not as its own entry does.
        notes = [`The timeline dates “${capitaliseFirst(description.text)}” ${event.dateText}, not ${formatDatePoint(swap.date, readDateStyle(event.dateText))}.`];
      } else makeFalse = false;
    }
    const dateWords = capitaliseFirst(datePhraseInStyle(shownDate, event));
    const prompt = `${dateWords}, ${clause}.`;
    if (findUnresolvedReference(clause) !== undefined && !/^(?:he|she|they|it)\b/.test(clause)) continue;
    if (findUnresolvedReference(prompt.replace(/^[^,]+, /, "")) !== undefined) continue;
    const dateStart = event.start + Math.max(0, event.text.indexOf(event.dateText));
    candidates.push({
      kind: "true-false",
      prompt,
      answer: makeFalse ? "False" : "True",
      choices: ["True", "False"],
      accepted: [],
      typeable: false,
      origin: { refId: event.id, sectionPath: sectionPathOf(context, event.sectionId), textStart: event.start, textEnd: event.end, answerStart: dateStart, answerEnd: dateStart + event.dateText.length },
      notes,
      variant: makeFalse ? `false:${shownDate.id}` : "true",
      features: { kindWeight: 0.7, importance: 0.7, promptWords: countWords(prompt), distractorSource: "structure", choiceCount: 0, penalties: [] },
      facts: [`timeline:${event.id}`],
      answerType: "date",
      sentenceIds: event.sentenceIds.slice(0, 1),
    });
  }
  return candidates.filter((candidate) => normaliseAnswer(candidate.prompt) !== "");
}

/** The other entry's date written like this entry's date ("On 22 January 2009", "In 1327"). */
function datePhraseInStyle(shown: TimelineEvent, event: TimelineEvent): string {
  if (shown === event) return datePhrase(event);
  const text = formatDatePoint(shown.date, readDateStyle(event.dateText));
  if (shown.date.qualifier !== undefined) return `in ${text.toLowerCase()}`;
  if (shown.date.approximate) return `around ${shown.date.year}`;
  return shown.date.day !== undefined ? `on ${text}` : `in ${text}`;
}

