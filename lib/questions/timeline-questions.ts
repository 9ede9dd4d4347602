import { normaliseAnswer } from "../answers/normalise-answer";
import type { DatePoint, TimelineEvent } from "../content/types";
import type { Candidate, Origin } from "./candidate";
import { acceptedVariants, commonSectionPath, compareDates, entryExcerpt, sectionPathOf, type GenerationContext } from "./context";
import { chooseDateDistractors, datesOverlap, findDateMentions, precisionOf, readDateStyle } from "./dates";
import { capitaliseFirst, describeEvent, toWhenQuestion } from "./event-text";
import { findUnresolvedReference, resolveSelfReferences, tidyForPrompt } from "./prompt-text";
import { countWords } from "./scoring";
import { createRandom, shuffled } from "./seeded-random";

// Questions from dated timeline entries: "When did ...?", "Which event ... took place on ...?",
// and putting events in order.

export function questionWordsFor(date: DatePoint): string {
  if (date.qualifier !== undefined) return "When";
  if (date.approximate) return "Around which year";
  if (date.endYear !== undefined) return "In which years";
  if (date.endDay !== undefined || date.endMonth !== undefined) return "On which dates";
  const precision = precisionOf(date);
  if (precision === "day") return "On what date";
  if (precision === "month") return "In which month and year";
  return "In which year";
}

/** "on 11 April 2007", "in February 2008", "in 1327", "in mid-2012", "around 1235". */
export function datePhrase(event: TimelineEvent): string {
  if (event.date.qualifier !== undefined) return `in ${event.dateText.toLowerCase()}`;
  if (event.date.approximate) return `around ${event.date.year}`;
  return precisionOf(event.date) === "day" ? `on ${event.dateText}` : `in ${event.dateText}`;
}

/** Offsets of the date as written inside the entry. */
function dateSpanOf(event: TimelineEvent): { start: number; end: number } {
  const at = event.text.indexOf(event.dateText);
  const start = event.start + Math.max(0, at);
  return { start, end: start + event.dateText.length };
}

function firstSentenceId(event: TimelineEvent): string[] {
  return event.sentenceIds.slice(0, 1);
}

function isUsable(context: GenerationContext, event: TimelineEvent): boolean {
  const first = context.sentences.get(event.sentenceIds[0] ?? "");
  return first !== undefined && !first.damaged && describeEvent(event).text.length >= 12;
}

export function generateTimelineQuestions(context: GenerationContext): Candidate[] {
  const events = context.timeline.filter((event) => isUsable(context, event));
  const candidates: Candidate[] = [];
  const pool = context.timeline.map((event) => event.date);
  for (const event of events) {
    candidates.push(...whenQuestion(context, event, pool));
    const what = whatHappenedQuestion(context, event, events);
    if (what) candidates.push(what);
  }
  candidates.push(...orderingQuestions(context, events));
  return candidates;
}

function whenQuestion(context: GenerationContext, event: TimelineEvent, pool: readonly DatePoint[]): Candidate[] {
  const description = describeEvent(event);
  const clause = resolveSelfReferences(tidyForPrompt(description.text), context.subject);
  const questionWords = questionWordsFor(event.date);
  const rewritten = toWhenQuestion(clause, { questionWords, lowerInitial: context.lowerInitial });
  const prompt = rewritten ?? `${questionWords} did this happen: “${capitaliseFirst(clause)}”?`;
  const span = dateSpanOf(event);
  const answer = context.source.slice(span.start, span.end);
  const style = readDateStyle(event.dateText);
  const ownDates = [event.date, ...findDateMentions(event.text, event.start).map((mention) => mention.point)];
  const random = createRandom(`${context.slug}:when:${event.id}`);
  const distractors = chooseDateDistractors(event.date, style, pool.filter((point) => point !== event.date), ownDates, random);
  if (distractors.length < 3) return [];
  const fromPool = distractors.some((item) => item.fromPool);
  const notes = distractors
    .filter((item) => item.fromPool)
    .flatMap((item) => {
      const other = context.timeline.find((candidate) => candidate !== event && compareDates(candidate.date, item.point) === 0 && datesOverlap(candidate.date, item.point));
      return other ? [`${item.text} is the date of another entry: “${describeEvent(other).text}”.`] : [];
    });
  const origin: Origin = { refId: event.id, sectionPath: sectionPathOf(context, event.sectionId), textStart: event.start, textEnd: event.end, answerStart: span.start, answerEnd: span.end };
  return [
    {
      kind: "timeline-date",
      prompt,
      answer,
      choices: [answer, ...distractors.map((item) => item.text)],
      accepted: acceptedVariants(context, answer),
      typeable: true,
      origin,
      notes,
      variant: "when",
      features: {
        kindWeight: 0.86,
        importance: 0.8,
        promptWords: countWords(prompt),
        distractorSource: fromPool ? "mixed" : "synthetic",
        choiceCount: 4,
        penalties: rewritten ? [] : [{ reason: "sentence quoted rather than rewritten as a question", weight: 0.12 }],
      },
      facts: [`timeline:${event.id}`],
      answerType: "date",
      choiceTypes: ["date", "date", "date", "date"],
      sentenceIds: firstSentenceId(event),
    },
  ];
}

function whatHappenedQuestion(context: GenerationContext, event: TimelineEvent, events: readonly TimelineEvent[]): Candidate | undefined {
  // The date must identify one entry.
  if (events.some((other) => other !== event && datesOverlap(other.date, event.date))) return undefined;
  const description = describeEvent(event);
  const answer = capitaliseFirst(description.text);
  if (findUnresolvedReference(answer) !== undefined) return undefined;
  const others = events
    .filter((other) => other !== event)
    .map((other) => ({ other, text: capitaliseFirst(describeEvent(other).text) }))
    .filter(({ text }) => findUnresolvedReference(text) === undefined && normaliseAnswer(text) !== normaliseAnswer(answer));
  // Nearby entries are the most plausible; keep lengths comparable so the answer does not stand out.
  const ranked = others
    .map((item) => ({ ...item, distance: Math.abs(compareDates(item.other.date, event.date)), lengthGap: Math.abs(item.text.length - answer.length) / answer.length }))
    .filter((item) => item.lengthGap < 1.2)
    .sort((left, right) => left.distance - right.distance);
  const random = createRandom(`${context.slug}:what:${event.id}`);
  const picked = shuffled(ranked.slice(0, 6), random).slice(0, 3);
  if (picked.length < 3) return undefined;
  const prompt = `Which event in ${context.subject.possessive} timeline took place ${datePhrase(event)}?`;
  return {
    kind: "timeline-event",
    prompt,
    answer,
    choices: [answer, ...picked.map((item) => item.text)],
    accepted: [],
    typeable: false,
    origin: {
      refId: event.id,
      sectionPath: sectionPathOf(context, event.sectionId),
      textStart: event.start,
      textEnd: event.end,
      answerStart: description.start,
      answerEnd: description.end,
    },
    notes: picked.map((item) => `“${item.text}” happened ${datePhrase(item.other)}.`),
    variant: "what",
    features: { kindWeight: 0.8, importance: 0.8, promptWords: countWords(prompt), distractorSource: "structure", choiceCount: 4, penalties: [] },
    facts: [`timeline:${event.id}`],
    answerType: "other",
    choiceTypes: ["other", "other", "other", "other"],
    sentenceIds: firstSentenceId(event),
  };
}

/**
 * `size` events spread over the timeline, starting at `offset` and stepping by `step`, skipping any
 * whose date overlaps one already chosen (so that exactly one order is right).
 */
export function pickSpread(sorted: readonly TimelineEvent[], size: number, offset: number, step: number): TimelineEvent[] {
  const chosen: TimelineEvent[] = [];
  for (let slot = 0; slot < size; slot++) {
    for (let index = offset + slot * step; index < Math.min(sorted.length, offset + (slot + 1) * step); index++) {
      const event = sorted[index]!;
      if (chosen.some((other) => datesOverlap(other.date, event.date) || other.date.year === event.date.year && precisionOf(other.date) !== precisionOf(event.date))) continue;
      chosen.push(event);
      break;
    }
  }
  return chosen;
}

const ORDER_PROMPTS = [
  "Put these events from {S's} timeline in order, earliest first.",
  "Arrange these events in {S's} history from earliest to latest.",
  "In what order did these events in {S's} timeline happen? Start with the earliest.",
];

function orderingQuestions(context: GenerationContext, events: readonly TimelineEvent[]): Candidate[] {
  const sorted = [...events].sort((left, right) => compareDates(left.date, right.date));
  if (sorted.length < 4) return [];
  const size = sorted.length >= 8 ? 4 : 3;
  const step = Math.floor(sorted.length / size);
  const groups = Math.min(ORDER_PROMPTS.length, step);
  const candidates: Candidate[] = [];
  for (let group = 0; group < groups; group++) {
    const chosen = pickSpread(sorted, size, group, step);
    if (chosen.length < 3) continue;
    const items = chosen.map((event) => ({ event, description: describeEvent(event) }));
    const texts = items.map((item) => capitaliseFirst(item.description.text));
    if (new Set(texts.map(normaliseAnswer)).size !== texts.length || texts.some((text) => findUnresolvedReference(text) !== undefined)) continue;
    const textStart = Math.min(...chosen.map((event) => event.start));
    const textEnd = Math.max(...chosen.map((event) => event.end));
    const prompt = ORDER_PROMPTS[group]!.replace("{S's}", context.subject.possessive);
    candidates.push({
      kind: "timeline-order",
      prompt,
      answer: texts,
      choices: texts,
      accepted: [],
      typeable: false,
      origin: {
        refId: chosen.map((event) => event.id).join("+"),
        sectionPath: commonSectionPath(chosen.map((event) => sectionPathOf(context, event.sectionId))),
        textStart,
        textEnd,
        answerStart: textStart,
        answerEnd: textEnd,
      },
      excerpts: items.map(({ event, description }) => entryExcerpt(context, event, description.end)),
      evidenceOrigins: items.map(({ event, description }) => ({
        refId: event.id,
        sectionPath: sectionPathOf(context, event.sectionId),
        textStart: event.start,
        textEnd: event.end,
        answerStart: description.start,
        answerEnd: description.end,
      })),
      marks: items.map(({ description }) => ({ start: description.start, end: description.end })),
      notes: items.map(({ event, description }) => `“${capitaliseFirst(description.text)}”: ${event.dateText}.`),
      variant: `order:${group}`,
      features: { kindWeight: 0.8, importance: 0.75, promptWords: countWords(prompt) + texts.reduce((sum, text) => sum + countWords(text), 0) / 3, distractorSource: "structure", choiceCount: 0, penalties: [] },
      facts: chosen.map((event) => `timeline:${event.id}`),
      answerType: "other",
      sentenceIds: chosen.flatMap(firstSentenceId),
    });
  }
  return candidates;
}
