import type { DatePoint, InfoboxField } from "../content/types";
import type { Candidate, Origin } from "./candidate";
import { acceptedVariants, areAliases, type GenerationContext, type InfoboxEntry } from "./context";
import { chooseDateDistractors, readDateStyle } from "./dates";
import { profileForKey, type EntityType } from "./infobox-keys";
import { contrastNote } from "./notes";
import { countWords } from "./scoring";
import { createRandom } from "./seeded-random";


// Questions from the infobox: single facts ("Which organization preceded X?"), list membership
// ("Which of these is listed among X's allies?") and dates ("When was the Y Empire established?").
// Distractors come from the other infobox lists (never the true list), of the same entity type.

/**
 * A key the table does not know is asked with generic wording ("listed under “Clans” for X"), which
 * readers find odd: such questions score below the threshold unless everything else about them is strong.
 */
export const FALLBACK_PENALTY = { reason: "generic wording for an unfamiliar infobox key", weight: 0.45 };

export function generateInfoboxQuestions(context: GenerationContext): Candidate[] {
  const candidates: Candidate[] = [];
  const fields = new Map<InfoboxField, InfoboxEntry[]>();
  for (const entry of context.infobox) {
    const list = fields.get(entry.field) ?? [];
    list.push(entry);
    fields.set(entry.field, list);
  }
  for (const [field, entries] of fields) {
    const topLevel = entries.filter((entry) => entry.value.depth === 0);
    const single = topLevel.length === 1 && field.values.length === 1;
    for (const entry of entries) {
      if (!entry.eligible) continue;
      if (context.warSides && entry === context.warSides.anchor) continue;
      if (areAliases(entry.display, context.article.title, entry.type) || areAliases(entry.display, context.subject.name, entry.type)) continue;
      const candidate = single ? singleFact(context, entry) : membership(context, entry);
      if (candidate) candidates.push(candidate);
    }
  }
  for (const field of context.article.infobox) {
    const candidate = dateFact(context, field);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/** Values that are wrong for `entry`'s list: other lists, same type, never an alias of a true value. */
const distractorCache = new WeakMap<GenerationContext, Map<string, InfoboxEntry[]>>();

/** Distractors depend only on the list and the entity type, so they are worked out once per pair. */
export function infoboxDistractors(context: GenerationContext, entry: InfoboxEntry): InfoboxEntry[] {
  let cache = distractorCache.get(context);
  if (!cache) {
    cache = new Map();
    distractorCache.set(context, cache);
  }
  const key = `${entry.field.start}:${entry.type}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const computed = computeInfoboxDistractors(context, entry);
  cache.set(key, computed);
  return computed;
}

function computeInfoboxDistractors(context: GenerationContext, entry: InfoboxEntry): InfoboxEntry[] {
  const truth = entry.field.values.map((value) => value.text);
  const contrast = new Set(entry.profile.contrast);
  const candidates = context.infobox.filter(
    (other) =>
      other.eligible &&
      other.type !== "other" &&
      other.field !== entry.field &&
      other.profile.family !== entry.profile.family &&
      sameType(other.type, entry.type) &&
      !truth.some((value) => context.sameEntity(value, other.display, entry.type)) &&
      !areAliases(other.display, context.article.title, other.type) &&
      !(context.warSides && other === context.warSides.anchor),
  );
  const ranked = [...candidates].sort((left, right) => Number(contrast.has(right.profile.family)) - Number(contrast.has(left.profile.family)));
  // Two spellings of one name ("Red Brigade", "Red Brigade (South)") would be two choices that look alike.
  const unique: InfoboxEntry[] = [];
  for (const candidate of ranked) if (!unique.some((chosen) => context.sameEntity(chosen.display, candidate.display, entry.type))) unique.push(candidate);
  return unique;
}

function sameType(left: EntityType, right: EntityType): boolean {
  return left === right;
}

/** Where an infobox value comes from: its field's line, the answer being the value itself. */
export function infoboxOrigin(entry: InfoboxEntry): Origin {
  return {
    refId: `infobox:${entry.field.key}`,
    sectionPath: ["Infobox"],
    textStart: entry.field.start,
    textEnd: entry.field.end,
    answerStart: entry.displayStart,
    answerEnd: entry.displayEnd,
  };
}

function fillTemplate(context: GenerationContext, template: string, entry: InfoboxEntry): string {
  const { subject } = context;
  const startsWithSubject = template.startsWith("{S}") || template.startsWith("{S's}");
  return template
    .replace("{S's}", startsWithSubject ? subject.possessive.replace(/^the /, "The ") : subject.possessive)
    .replace("{S}", startsWithSubject ? subject.capitalised : subject.name)
    .replace("{N}", entry.profile.singular)
    .replace("{T}", subject.classNoun ?? "");
}

/** "Which of these is listed as fighting against A in the B War?" on a war's two sides. */
function membershipPrompt(context: GenerationContext, entry: InfoboxEntry): string {
  const { warSides, subject } = context;
  const who = entry.type === "person" ? "Who" : entry.type === "country-code" ? "Which of these country codes" : "Which of these";
  if (warSides && entry.profile.family === "belligerents") return `${who} is listed as fighting on ${warSides.anchor.display}'s side in ${subject.name}?`;
  if (warSides && entry.profile.family === "opponents") return `${who} is listed as fighting against ${warSides.anchor.display} in ${subject.name}?`;
  const template = entry.profile.membershipPrompt ?? `Which of these is listed among {S's} ${entry.profile.plural}?`;
  return fillTemplate(context, template, entry).replace(/^Which of these(?= is)/, who).replace(/^Who(?= is)/, who);
}

function membership(context: GenerationContext, entry: InfoboxEntry): Candidate | undefined {
  const structural = infoboxDistractors(context, entry);
  const distractors = structural.slice(0, 3).map((other) => ({ text: other.display, note: contrastNote(context, other, entry) }));
  // People named in the prose are not offered: anyone not described as a leader is an implausible
  // leader, and anyone who is described as one could be argued to be right.
  const source = "structure" as const;
  if (distractors.length < 2) return undefined;
  const prompt = membershipPrompt(context, entry);
  const penalties = [];
  if (entry.profile.fallback) penalties.push(FALLBACK_PENALTY);
  if (entry.value.depth > 0) penalties.push({ reason: "nested value", weight: 0.1 });
  if (entry.type === "country-code") penalties.push({ reason: "country codes are cryptic, and a list of codes is rarely complete enough to make one provably wrong", weight: 0.5 });
  if (entry.type === "collective") penalties.push({ reason: "a description rather than a name", weight: 0.2 });
  return {
    kind: "list-membership",
    prompt,
    answer: entry.display,
    choices: [entry.display, ...distractors.map((item) => item.text)],
    accepted: [],
    typeable: false,
    origin: infoboxOrigin(entry),
    notes: distractors.map((item) => item.note).filter((note) => note !== ""),
    variant: entry.value.text,
    features: { kindWeight: 0.85, importance: 0.95, promptWords: countWords(prompt), distractorSource: source, choiceCount: distractors.length + 1, penalties },
    facts: [`infobox:${entry.field.key}`],
    answerType: entry.type,
    choiceTypes: [entry.type, ...distractors.map(() => entry.type)],
    sentenceIds: [],
  };
}

function singleFact(context: GenerationContext, entry: InfoboxEntry): Candidate | undefined {
  const profile = entry.profile;
  const distractors = infoboxDistractors(context, entry).slice(0, 3);
  const hasChoices = distractors.length >= 2;
  let prompt: string;
  if (profile.singlePrompt && (!profile.singlePrompt.includes("{T}") || context.subject.classNoun)) prompt = fillTemplate(context, profile.singlePrompt, entry);
  else if (profile.style === "membership" && hasChoices) prompt = membershipPrompt(context, entry);
  else return undefined;
  if (context.subject.tense === "past") prompt = prompt.replace(/^What ideology does (.+) follow\?$/, "What ideology did $1 follow?");
  const typeable = entry.display.length <= 60;
  if (!hasChoices && !typeable) return undefined;
  return {
    kind: "infobox-fact",
    prompt,
    answer: entry.display,
    ...(hasChoices ? { choices: [entry.display, ...distractors.map((other) => other.display)] } : {}),
    accepted: acceptedVariants(context, entry.display),
    typeable,
    origin: infoboxOrigin(entry),
    notes: distractors.map((other) => contrastNote(context, other, entry)),
    variant: "single",
    features: {
      kindWeight: 0.9,
      importance: 1,
      promptWords: countWords(prompt),
      distractorSource: hasChoices ? "structure" : "none",
      choiceCount: hasChoices ? distractors.length + 1 : 0,
      penalties: entry.profile.fallback ? [FALLBACK_PENALTY] : [],
    },
    facts: [`infobox:${entry.field.key}`],
    answerType: entry.type,
    choiceTypes: hasChoices ? [entry.type, ...distractors.map(() => entry.type)] : undefined,
    sentenceIds: [],
  } as Candidate;
}

const DATE_VALUE = /^(?:(c\.|circa)\s*)?(?:(\d{1,2}) ([A-Z][a-z]+) )?(\d{3,4})\b/;

/** "Established: c. 1235" -> "When was the X Empire established?"; "Date: 16 January 2012 – present" -> "When did the Y War begin?". */
function dateFact(context: GenerationContext, field: InfoboxField): Candidate | undefined {
  const profile = profileForKey(field.key);
  if (profile.style !== "date" || !profile.singlePrompt) return undefined;
  const value = field.values[0];
  if (value === undefined || value.damaged) return undefined;
  const match = value.text.match(DATE_VALUE);
  if (!match) return undefined;
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const month = match[3] === undefined ? undefined : months.indexOf(match[3]) + 1;
  if (month === 0) return undefined;
  const point: DatePoint = { year: Number(match[4]) };
  if (month !== undefined) point.month = month;
  if (match[2] !== undefined) point.day = Number(match[2]);
  if (match[1] !== undefined) point.approximate = true;
  const answer = match[0];
  const random = createRandom(`${context.slug}:date:${field.key}`);
  const pool = context.timeline.map((event) => event.date);
  const otherDateFields = context.article.infobox.filter((other) => other !== field && profileForKey(other.key).style === "date");
  const excluded: DatePoint[] = [];
  for (const other of otherDateFields) {
    const otherMatch = other.values[0]?.text.match(DATE_VALUE);
    if (otherMatch) excluded.push({ year: Number(otherMatch[4]) });
  }
  // A date the lead or timeline gives for the same moment would be a second right answer: keep distractors clear of it.
  const distractors = chooseDateDistractors(point, readDateStyle(answer), pool, [...excluded, ...nearbyDates(point)], random);
  if (distractors.length < 3) return undefined;
  const prompt = fillTemplate(context, profile.singlePrompt, { profile: { ...profile, fallback: false } } as InfoboxEntry);
  const start = value.start;
  return {
    kind: "infobox-fact",
    prompt,
    answer,
    choices: [answer, ...distractors.map((item) => item.text)],
    accepted: acceptedVariants(context, answer),
    typeable: true,
    origin: { refId: `infobox:${field.key}`, sectionPath: ["Infobox"], textStart: field.start, textEnd: field.end, answerStart: start, answerEnd: start + answer.length },
    notes: [],
    variant: "date",
    features: { kindWeight: 0.88, importance: 1, promptWords: countWords(prompt), distractorSource: distractors.some((item) => item.fromPool) ? "mixed" : "synthetic", choiceCount: 4, penalties: [] },
    facts: [`infobox:${field.key}`],
    answerType: "date",
    choiceTypes: ["date", "date", "date", "date"],
    sentenceIds: [],
  };
}

/** Dates within a month of a day-precise date (or the same year otherwise): too close to be fair distractors. */
function nearbyDates(point: DatePoint): DatePoint[] {
  if (point.day === undefined) return [{ year: point.year }];
  const monthIndex = point.year * 12 + (point.month! - 1);
  return [-1, 0, 1].map((offset) => ({ year: Math.floor((monthIndex + offset) / 12), month: ((monthIndex + offset) % 12) + 1 }));
}
