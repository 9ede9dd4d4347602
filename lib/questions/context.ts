import { findAcronymDefinitions, type AcronymDefinition } from "../answers/acronyms";
import { acronymVariants } from "../answers/acronyms";
import { editDistance } from "../answers/edit-distance";
import { normaliseAnswer } from "../answers/normalise-answer";
import type { Article, DatePoint, InfoboxField, InfoboxValue, Section, Sentence, TimelineEvent } from "../content/types";
import { dateSpan } from "./dates";
import { buildEntityIndex, classifyInfoboxValue, type EntityIndex } from "./entity-index";
import { profileForKey, type EntityType, type KeyProfile } from "./infobox-keys";
import { buildNameGroups, isNamedType, type NameGroups } from "./name-groups";
import { displayName } from "./names";
import { hasNonLatinScript } from "./prompt-text";
import { describeSubject, type Subject } from "./subject";

// Everything the generators share about one article, computed once per generateQuestions call.

/** One usable infobox value with what the generators need to know about it. */
export type InfoboxEntry = {
  field: InfoboxField;
  value: InfoboxValue;
  profile: KeyProfile & { fallback: boolean };
  type: EntityType;
  /** The value as shown in questions: the text without a lower-case qualifier like "(disputed)". */
  display: string;
  displayStart: number;
  displayEnd: number;
  /** May be an answer or a distractor: a clean name at the top level, or nested under a collective. */
  eligible: boolean;
};

export type GenerationContext = {
  article: Article;
  source: string;
  slug: string;
  subject: Subject;
  acronyms: AcronymDefinition[];
  entities: EntityIndex;
  /** Names the article gives one thing (an acronym's long forms, a stated alias). */
  nameGroups: NameGroups;
  /**
   * Whether two names are one thing by the article: the same name spelt differently (areAliases),
   * or names the article gives one thing, or a short form of one of those (a surname).
   */
  sameEntity: (left: string, right: string, type: EntityType) => boolean;
  sections: Map<string, Section>;
  sentences: Map<string, Sentence>;
  infobox: InfoboxEntry[];
  /** Timeline events in document order, with the short description used in choices. */
  timeline: TimelineEvent[];
  /**
   * The text with its first word in lower case unless that word is a proper noun ("Two car bombs"
   * -> "two car bombs", "Gunmen" -> "gunmen", but "France", "King Alaric", "NATO" stay).
   */
  lowerInitial: (text: string) => string;
  /** Sides of a war infobox ("Belligerents" and "Opponents"): the first belligerent anchors the wording. */
  warSides: { anchor: InfoboxEntry } | undefined;
};

export function createContext(article: Article, source: string): GenerationContext {
  const acronyms = findAcronymDefinitions(source).filter((definition) => !hasNonLatinScript(definition.expansion));
  const subject = describeSubject(article, acronyms, source);
  const entities = buildEntityIndex(article, source, acronyms, subject);
  const nameGroups = buildNameGroups(article, source, acronyms, entities);
  const acronymSet = new Set(acronyms.map((definition) => definition.acronym));
  // Words written with a capital inside a sentence are proper nouns ("Operation", "King", "France").
  const capitalisedInside = new Set<string>();
  for (const match of source.matchAll(/[\p{Ll},;] (\p{Lu}[\p{L}'’-]*)/gu)) capitalisedInside.add(match[1]!);
  const properWords = new Set(capitalisedInside);
  for (const info of entities.all()) for (const word of info.name.split(" ")) if (/^\p{Lu}/u.test(word)) properWords.add(word);

  const infobox: InfoboxEntry[] = [];
  for (const field of article.infobox) {
    const profile = profileForKey(field.key);
    field.values.forEach((value, index) => {
      if (value.damaged || profile.style === "skip" || profile.style === "date") return;
      const shapeType = classifyInfoboxValue(value, field, acronymSet, subject);
      // A key the table does not know says nothing about its values: ask what the prose makes of them.
      const type = shapeType === "other" && profile.fallback ? (entities.lookup(displayName(value.text))?.type ?? "other") : shapeType;
      const display = displayName(value.text);
      const parent = findParent(field.values, index);
      const parentIsCollective = parent !== undefined && /^\p{Lu}[\p{L}'’ -]* [a-z]+s$/u.test(parent.text);
      const strongCue = type === "organisation" || type === "polity" || type === "country-code";
      // Keys whose values are descriptions by nature (government, currency) are askable although untyped.
      const typedEnough = type !== "other" || (profile.valueType === "other" && !profile.fallback);
      const eligible = typedEnough && isCleanName(display, type) && (value.depth === 0 || (parentIsCollective && strongCue));
      infobox.push({ field, value, profile, type, display, displayStart: value.start, displayEnd: value.start + display.length, eligible });
    });
  }

  const belligerents = article.infobox.find((field) => profileForKey(field.key).family === "belligerents" && /belligerent/i.test(field.key));
  const opponents = article.infobox.find((field) => profileForKey(field.key).family === "opponents");
  const anchor = belligerents && opponents ? infobox.find((entry) => entry.field === belligerents && entry.value.depth === 0 && entry.eligible) : undefined;

  return {
    article,
    source,
    slug: article.slug,
    subject,
    acronyms,
    entities,
    nameGroups,
    sameEntity: (left, right, type) => {
      if (areAliases(left, right, type)) return true;
      const lefts = [left, ...nameGroups.othersOf(left)];
      const rights = [right, ...nameGroups.othersOf(right)];
      if (lefts.length === 1 && rights.length === 1) return false;
      return lefts.some((one) => rights.some((other) => areAliases(one, other, type)));
    },
    sections: new Map(article.sections.map((section) => [section.id, section])),
    sentences: new Map(article.sentences.map((sentence) => [sentence.id, sentence])),
    infobox,
    timeline: article.timeline,
    lowerInitial: (text) => lowerInitialWord(text, properWords, capitalisedInside),
    warSides: anchor ? { anchor } : undefined,
  };
}

const ALWAYS_LOWER = /^(?:A|An|The|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|Several|All|Both|Each|Most|Few|At|This|These|Those|His|Her|Its|Their)$/;

// Who does things in a timeline entry: a capital at the head of an entry ("Gunmen attack ...") makes
// the entity index take these for names; they are lower case unless the article writes them with a
// capital inside a sentence.
const COMMON_ACTORS = /^(?:Gunmen|Militants|Soldiers|Troops|Rebels|Insurgents|Jihadists|Fighters|Attackers|Assailants|Bombers|Kidnappers|Terrorists|Protesters|Demonstrators|Civilians|Hostages|Police|Policemen|People|Men|Women|Villagers|Residents|Officials|Authorities)$/;

/**
 * Lower-cases the first word unless it is a proper noun: capitalised inside a sentence somewhere in
 * the article, or part of a name the entity index knows (a common actor word apart).
 */
function lowerInitialWord(text: string, properWords: ReadonlySet<string>, capitalisedInside: ReadonlySet<string>): string {
  const first = text.match(/^[\p{Lu}][\p{Ll}'’-]*(?=[\s,]|$)/u)?.[0];
  if (first === undefined) return text;
  const common = ALWAYS_LOWER.test(first) || (COMMON_ACTORS.test(first) && !capitalisedInside.has(first));
  if (!common && properWords.has(first)) return text;
  return first.toLowerCase() + text.slice(first.length);
}

function findParent(values: readonly InfoboxValue[], index: number): InfoboxValue | undefined {
  const depth = values[index]!.depth;
  for (let other = index - 1; other >= 0; other--) if (values[other]!.depth < depth) return values[other];
  return undefined;
}


const NAME_CONNECTORS = new Set(["of", "the", "for", "and", "in", "de", "du", "la", "al", "el", "bin", "ibn", "wa", "wal", "ul", "fi", "da", "y"]);

/** A proper name (not free text): every word capitalised, a connector, or a number; lower-case words allowed for descriptive types. */
export function isCleanName(text: string, type: EntityType): boolean {
  if (text.length < 2 || text.length > 80 || hasNonLatinScript(text)) return false;
  if (["belief", "language", "conflict", "collective", "other"].includes(type)) return /^\p{Lu}/u.test(text) || /^\d/.test(text);
  const words = text.replace(/\([^)]*\)/g, "").trim().split(/\s+/);
  if (words.some((word) => word === "and") && type !== "organisation") return false;
  return words.every((word) => /^[\p{Lu}\d]/u.test(word) || NAME_CONNECTORS.has(word.toLowerCase()) || /^(?:al|el|ul|an|ad|as|ar|at|az|wal|bin|ibn)-\p{Lu}/u.test(word));
}

export function sectionPathOf(context: GenerationContext, sectionId: string): string[] {
  const section = context.sections.get(sectionId);
  if (section === undefined) return [];
  return section.level === 1 ? [] : section.path;
}

/**
 * Where several items (of an ordering or matching question) come from: the section path they all
 * share, `[]` when they share none. The first item's section alone would be a false label for the rest.
 */
export function commonSectionPath(paths: readonly (readonly string[])[]): string[] {
  const [first = [], ...rest] = paths;
  let length = first.length;
  for (const path of rest) {
    let shared = 0;
    while (shared < length && shared < path.length && path[shared] === first[shared]) shared++;
    length = shared;
  }
  return first.slice(0, length);
}

/**
 * What an explanation quotes for a timeline entry cited as one item among several: from its date to
 * the end of the sentence holding `through` (the end of its description). Later sentences of a long
 * entry tell of other things at other dates, which would muddle an ordering's explanation.
 */
export function entryExcerpt(context: GenerationContext, event: TimelineEvent, through: number): { start: number; end: number } {
  for (const id of event.sentenceIds) {
    const sentence = context.sentences.get(id);
    if (sentence !== undefined && sentence.end >= through) return { start: event.start, end: Math.min(event.end, sentence.end) };
  }
  return { start: event.start, end: event.end };
}

/** Whether two names are the same thing written differently (so one can never be a distractor for the other). */
export function areAliases(left: string, right: string, type: EntityType): boolean {
  // A bounded memo keyed without building strings: distractor choice asks about the same pairs often.
  const byType = aliasMemo.get(type) ?? new Map<string, Map<string, boolean>>();
  if (!aliasMemo.has(type)) aliasMemo.set(type, byType);
  const byLeft = byType.get(left) ?? new Map<string, boolean>();
  if (!byType.has(left)) {
    if (byType.size > 5_000) byType.clear();
    byType.set(left, byLeft);
  }
  const known = byLeft.get(right);
  if (known !== undefined) return known;
  const result = computeAliases(left, right, type);
  byLeft.set(right, result);
  return result;
}

const aliasMemo = new Map<EntityType, Map<string, Map<string, boolean>>>();

function computeAliases(left: string, right: string, type: EntityType): boolean {
  const a = normaliseAnswer(left);
  const b = normaliseAnswer(right);
  if (a === b) return true;
  if (a.length >= b.length ? a.includes(b) : b.includes(a)) return true;
  const longer = Math.max(a.length, b.length);
  const limit = Math.max(1, Math.min(3, Math.floor(longer / 4)));
  if (Math.abs(a.length - b.length) <= limit && editDistance(a, b, limit) <= limit) return true;
  // Variant spellings that differ in several letters but sound alike (Timbuktu / Timbuctoo).
  const skeletonA = soundSkeleton(a);
  if (skeletonA.length >= 4 && skeletonA === soundSkeleton(b)) return true;
  if (type === "person") {
    const wordsA = a.split(" ");
    const wordsB = b.split(" ");
    const lastA = wordsA[wordsA.length - 1]!;
    const lastB = wordsB[wordsB.length - 1]!;
    if (lastA.length >= 3 && (lastA === lastB || wordsA.includes(lastB) || wordsB.includes(lastA))) return true;
  }
  return false;
}

/**
 * The consonants of a normalised name as they sound: c, k and q alike, ph as f, doubled letters
 * once, vowels (and y, w, h) dropped after the first letter. Two names with the same skeleton of four
 * or more consonants are taken as one name spelt two ways.
 */
export function soundSkeleton(normalised: string): string {
  const text = normalised.replace(/[^a-z]/g, "").replace(/ph/g, "f").replace(/[cq]/g, "k").replace(/ck/g, "k");
  if (text === "") return "";
  const rest = text.slice(1).replace(/[aeiouyhw]/g, "");
  return (text[0] + rest).replace(/(.)\1+/g, "$1");
}

/**
 * Other strings a typed answer may be: acronyms the article defines for it, other names the article
 * gives the same thing, other spellings of the name that the article uses (Timbuktu / Timbuctoo),
 * and a bare year for "c. 1235".
 */
export function acceptedVariants(context: GenerationContext, answer: string): string[] {
  const variants = [...acronymVariants(answer, context.acronyms), ...context.nameGroups.othersOf(answer), ...spellingsInArticle(context, answer)];
  const approximate = answer.match(/^(?:c\.|circa|ca\.)\s*(\d{3,4})$/i);
  if (approximate) variants.push(approximate[1]!);
  return [...new Set(variants)].filter((variant) => normaliseAnswer(variant) !== normaliseAnswer(answer));
}

/** Every date a timeline event's text mentions (its own date included). */
export function datesOfEvent(event: TimelineEvent, mentions: (text: string, offset: number) => { point: DatePoint }[]): DatePoint[] {
  return [event.date, ...mentions(event.text, event.start).map((mention) => mention.point)];
}

export function compareDates(left: DatePoint, right: DatePoint): number {
  return dateSpan(left)[0] - dateSpan(right)[0];
}

/** Names of the answer's type in the article that sound the same as it, spelt differently. */
function spellingsInArticle(context: GenerationContext, answer: string): string[] {
  const type = context.entities.lookup(answer)?.type;
  if (!isNamedType(type)) return [];
  const skeleton = soundSkeleton(normaliseAnswer(answer));
  if (skeleton.length < 4) return [];
  return context.entities
    .all()
    .filter((info) => info.type === type && soundSkeleton(normaliseAnswer(info.name)) === skeleton)
    .map((info) => info.name);
}
