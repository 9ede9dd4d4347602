import { normaliseAnswer } from "../answers/normalise-answer";
import type { Sentence, TimelineEvent } from "../content/types";
import type { Candidate } from "./candidate";
import { acceptedVariants, areAliases, sectionPathOf, type GenerationContext } from "./context";
import { chooseDateDistractors, findDateMentions, readDateStyle } from "./dates";
import type { EntityInfo } from "./entity-index";
import { demonymsOf } from "./gazetteer";
import type { EntityType } from "./infobox-keys";
import { noteForChoice } from "./notes";
import { chooseNumberDistractors, findNumberMentions } from "./numbers";
import { dropLinkingOpener, findUnresolvedReference, hasNonLatinScript, resolveSelfReferences, rewriteImpersonalOpener, tidyForPrompt } from "./prompt-text";
import { countWords, type DistractorSource } from "./scoring";
import { createRandom, shuffled } from "./seeded-random";
import { containsNormalised } from "./quality-gates";
import { escapeRegExp } from "./subject";
import { containsWord } from "./text-match";

// Cloze questions: one person, place, organisation, date or number blanked in a sentence of prose
// (or of a timeline entry), answered by choosing or typing.

export const BLANK = "_____";
const NAME_TYPES: ReadonlySet<EntityType> = new Set(["person", "place", "organisation", "polity", "conflict"]);

type Blank = {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  detail?: EntityInfo["detail"];
  /** Computed only for blanks whose prompt passes: distractor choice is the expensive part. */
  distractors: () => { choices: string[]; source: DistractorSource };
};

export function generateClozeQuestions(context: GenerationContext): Candidate[] {
  const eventOfSentence = new Map<string, TimelineEvent>();
  for (const event of context.timeline) for (const id of event.sentenceIds) eventOfSentence.set(id, event);
  const candidates: Candidate[] = [];
  for (const sentence of context.article.sentences) {
    if (sentence.damaged || hasNonLatinScript(sentence.text.replace(/\([^()]*\)/g, ""))) continue;
    const event = eventOfSentence.get(sentence.id);
    if (sentence.kind === "list-item" && event === undefined) continue;
    const section = context.sections.get(sentence.sectionId);
    if (section && /^(?:see also|references|external links|further reading|notes)$/i.test(section.title)) continue;
    candidates.push(...clozeForSentence(context, sentence, event));
  }
  return candidates;
}

function clozeForSentence(context: GenerationContext, sentence: Sentence, event: TimelineEvent | undefined): Candidate[] {
  const random = createRandom(`${context.slug}:cloze:${sentence.id}`);
  const isLead = context.sections.get(sentence.sectionId)?.level === 1;
  // The entry's own date is asked by the timeline questions; never blank it here.
  const eventDate = event && event.sentenceIds[0] === sentence.id ? { start: event.start, end: event.bodyStart } : undefined;
  const blanks: Blank[] = [];

  for (const occurrence of context.entities.namesIn(sentence.id)) {
    if (!NAME_TYPES.has(occurrence.info.type)) continue;
    // A surname alone points back to someone introduced earlier: ask about the full name where it appears.
    if (occurrence.info.type === "person" && !occurrence.text.includes(" ")) continue;
    // Regions overlap ("North Africa", "West Africa", "the Levant") and have no single right name.
    if (occurrence.info.type === "place" && occurrence.info.detail === "region") continue;
    if (eventDate && occurrence.start < eventDate.end) continue;
    const afterThe = /\bthe $/i.test(context.source.slice(Math.max(sentence.start, occurrence.start - 4), occurrence.start));
    const distractors = () => ({ choices: nameDistractors(context, occurrence.text, occurrence.info, sentence, random, afterThe), source: "text" as const });
    blanks.push({ start: occurrence.start, end: occurrence.end, text: occurrence.text, type: occurrence.info.type, ...(occurrence.info.detail ? { detail: occurrence.info.detail } : {}), distractors });
  }
  // "January and February 2012": the year belongs to both months, so neither can be blanked alone.
  const dates = findDateMentions(sentence.text, sentence.start).filter(
    (mention) => (!eventDate || mention.start >= eventDate.end) && !/(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: and |–|-| to )$/.test(context.source.slice(mention.start - 14, mention.start)),
  );
  for (const mention of dates) {
    const others = dates.filter((other) => other !== mention).map((other) => other.point);
    const pool = context.timeline.map((entry) => entry.date);
    const distractors = () => {
      const chosen = chooseDateDistractors(mention.point, readDateStyle(mention.text), pool, others, random);
      return { choices: chosen.map((item) => item.text), source: chosen.some((item) => item.fromPool) ? ("mixed" as const) : ("synthetic" as const) };
    };
    blanks.push({ start: mention.start, end: mention.end, text: mention.text, type: "date", distractors });
  }
  const skip = [...dates, ...(eventDate ? [eventDate] : [])];
  const numbers = findNumberMentions(sentence.text, sentence.start, skip);
  for (const mention of numbers.filter((number) => !/^\s*[ap]\.m\./.test(context.source.slice(number.end, number.end + 6)))) {
    const others = numbers.filter((other) => other !== mention).map((other) => other.value);
    const distractors = () => ({ choices: chooseNumberDistractors(mention, others, random), source: "synthetic" as const });
    blanks.push({ start: mention.start, end: mention.end, text: mention.text, type: "number", distractors });
  }

  const candidates: Candidate[] = [];
  for (const blank of blanks) {
    const candidate = buildCloze(context, sentence, event, blank, isLead);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

const poolsByContext = new WeakMap<GenerationContext, Map<EntityType, EntityInfo[]>>();

function entitiesOfType(context: GenerationContext, type: EntityType): EntityInfo[] {
  let pools = poolsByContext.get(context);
  if (!pools) {
    pools = new Map();
    for (const info of context.entities.all()) {
      if (context.sameEntity(info.name, context.article.title, info.type) || context.sameEntity(info.name, context.subject.name, info.type)) continue;
      pools.set(info.type, [...(pools.get(info.type) ?? []), info]);
    }
    poolsByContext.set(context, pools);
  }
  return pools.get(type) ?? [];
}

const INSTITUTION = /\b(?:Center|Centre|Council|Nations|Government|Ministry|Agency|Program|Programme|Institute|University|Bank|Court|Office|Commission|Department|Command|Army|Forces|Police|Navy|Parliament|Assembly|Security)\b/;

/** Armed groups, state institutions, media and companies are different kinds of organisation for distractors. */
function organisationKind(info: EntityInfo): string {
  if (info.detail === "media" || info.detail === "company") return info.detail;
  return INSTITUTION.test(info.name) ? "institution" : "group";
}

/** Whether two places are the same kind of place: countries with countries, regions with regions, other places together. */
function samePlaceKind(left: EntityInfo, right: EntityInfo): boolean {
  const kind = (info: EntityInfo) =>
    info.detail === "country" || info.detail === "region" ? info.detail : /\b(?:River|Lake|Sea|Ocean|Gulf|Bay)$/.test(info.name) ? "water" : "local";
  return kind(left) === kind(right);
}

/**
 * Up to three names of the same type (and kind of place) that are not the answer under another
 * spelling and not named in the sentence. Names from the same section come first: they are the
 * most plausible. Checked lazily, in a seeded order, so the cost does not grow with the article.
 */
function nameDistractors(context: GenerationContext, answer: string, info: EntityInfo, sentence: Sentence, random: () => number, afterThe: boolean): string[] {
  const inSentence = context.entities.namesIn(sentence.id).map((occurrence) => occurrence.text);
  const answerIsAcronym = /^[A-Z]{2,}$/.test(answer);
  const wordCount = answer.split(" ").length;
  const sectionNames = namesInSection(context, sentence.sectionId);
  const answerGroup = info.type === "person" ? (roleGroupOf(context, answer) ?? roleGroupNear(context, sentence, answer)) : undefined;
  const pool = entitiesOfType(context, info.type).filter(
    (other) =>
      (info.type !== "place" || samePlaceKind(other, info)) &&
      (info.type !== "organisation" || organisationKind(other) === organisationKind(info)) &&
      (answerGroup === undefined || roleGroupOf(context, other.name) === undefined || roleGroupOf(context, other.name) === answerGroup) &&
      /^[A-Z]{2,}$/.test(other.name) === answerIsAcronym &&
      (info.type !== "person" || other.name.includes(" ") === answer.includes(" ")) &&
      Math.abs(other.name.split(" ").length - wordCount) <= 2 &&
      readsAfterBlank(context, other, afterThe),
  );
  // Same role group first (a commander for a commander), then names from the same section, then the rest.
  const listNames = namesListedWith(context, answer, info.type);
  const sameList = (other: EntityInfo) => listNames.has(normaliseAnswer(other.name));
  // A place the article mentions once (in a list of designating countries, say) is a far-fetched choice.
  const rare = (other: EntityInfo) => (info.type === "place" && mentionCount(context, other.name) < 2 ? 1 : 0);
  const rank = (other: EntityInfo) =>
    (sameList(other) ? 0 : 8) + (answerGroup !== undefined && roleGroupOf(context, other.name) === answerGroup ? 0 : 4) + rare(other) * 2 + (sectionNames.has(other.name) ? 0 : 1);
  const ordered = shuffled(pool, random)
    .map((other, index) => ({ other, key: rank(other) * 1000 + index }))
    .sort((left, right) => left.key - right.key)
    .map(({ other }) => other);
  const chosen: string[] = [];
  for (const other of ordered) {
    if (context.sameEntity(other.name, answer, info.type)) continue;
    if (inSentence.some((name) => context.sameEntity(name, other.name, info.type))) continue;
    if (chosen.some((name) => context.sameEntity(name, other.name, info.type))) continue;
    chosen.push(other.name);
    if (chosen.length === 3) break;
  }
  return chosen;
}

const articleUseByContext = new WeakMap<GenerationContext, Map<string, { withThe: number; without: number }>>();

/**
 * Whether a place reads right where the blank is: after "the" only a place the article writes after
 * "the" ("the Netherlands", "the Ivory Coast"), elsewhere only one it writes without it (or never
 * in prose). "in the _____" with "Tunisia" and "Mali" among the choices gives the answer away.
 */
function readsAfterBlank(context: GenerationContext, other: EntityInfo, afterThe: boolean): boolean {
  if (other.type !== "place" && other.type !== "polity") return true;
  let uses = articleUseByContext.get(context);
  if (!uses) {
    uses = new Map();
    for (const sentence of context.article.sentences) {
      for (const occurrence of context.entities.namesIn(sentence.id)) {
        const use = uses.get(occurrence.info.name) ?? { withThe: 0, without: 0 };
        if (/\bthe $/i.test(context.source.slice(Math.max(sentence.start, occurrence.start - 4), occurrence.start))) use.withThe++;
        else use.without++;
        uses.set(occurrence.info.name, use);
      }
    }
    articleUseByContext.set(context, uses);
  }
  const use = uses.get(other.name) ?? { withThe: 0, without: 0 };
  return afterThe ? use.withThe > 0 : use.without > 0 || use.withThe === 0;
}

// People fall into broad groups by the role words the article uses for them; a distractor from
// another group (a hostage offered as a commander) would be obviously wrong.
const ROLE_GROUPS: readonly [string, RegExp][] = [
  ["leader", /\b(?:commanders?|leaders?|fighters?|emirs?|chiefs?|militants?|founders?|kings?|queens?|emperors?|sultans?|rulers?|successors?|heirs?|operatives?|son|brother)\b/i],
  ["official", /\b(?:general|gen|president|ministers?|colonel|col|captain|capt|governor|officials?|specialists?|analysts?|experts?|ambassadors?|diplomats?|officers?)\b/i],
  ["victim", /\b(?:hostages?|nuns?|tourists?|nationals?|citizens?|captives?|victims?|priests?)\b/i],
  ["scholar", /\b(?:historians?|travell?ers?|writers?|poets?|architects?|scholars?|authors?|journalists?)\b/i],
];

const roleGroupsByContext = new WeakMap<GenerationContext, Map<string, string>>();

export function roleGroupOf(context: GenerationContext, person: string): string | undefined {
  let groups = roleGroupsByContext.get(context);
  if (!groups) {
    groups = new Map();
    for (const entry of context.infobox) if (entry.type === "person") groups.set(normaliseAnswer(entry.display), "leader");
    for (const role of context.entities.roles) {
      const group = ROLE_GROUPS.find(([, pattern]) => pattern.test(role.role))?.[0];
      if (group && !groups.has(normaliseAnswer(role.person))) groups.set(normaliseAnswer(role.person), group);
    }
    roleGroupsByContext.set(context, groups);
  }
  const key = normaliseAnswer(person);
  if (groups.has(key)) return groups.get(key) || undefined;
  let found = "";
  for (const [name, group] of groups) {
    if (group !== "" && context.sameEntity(name, person, "person")) {
      found = group;
      break;
    }
  }
  // Remembered either way ("" = no group), so each name is looked up once.
  groups.set(key, found);
  return found || undefined;
}

const sectionNameCache = new WeakMap<GenerationContext, Map<string, Set<string>>>();

/** Every name mentioned in a section, worked out once per section. */
function namesInSection(context: GenerationContext, sectionId: string): Set<string> {
  let cache = sectionNameCache.get(context);
  if (!cache) {
    cache = new Map();
    for (const sentence of context.article.sentences) {
      const names = cache.get(sentence.sectionId) ?? new Set<string>();
      for (const occurrence of context.entities.namesIn(sentence.id)) names.add(occurrence.text);
      cache.set(sentence.sectionId, names);
    }
    sectionNameCache.set(context, cache);
  }
  return cache.get(sectionId) ?? new Set();
}

const listedWithCache = new WeakMap<GenerationContext, Map<string, Set<string>>>();

/** The (normalised) names that share an infobox list with `answer`. */
function namesListedWith(context: GenerationContext, answer: string, type: EntityType): Set<string> {
  let cache = listedWithCache.get(context);
  if (!cache) {
    cache = new Map();
    listedWithCache.set(context, cache);
  }
  const cached = cache.get(answer);
  if (cached) return cached;
  const fields = new Set(context.infobox.filter((entry) => context.sameEntity(entry.display, answer, type)).map((entry) => entry.field));
  const names = new Set(context.infobox.filter((entry) => fields.has(entry.field)).map((entry) => normaliseAnswer(entry.display)));
  cache.set(answer, names);
  return names;
}

const mentionCounts = new WeakMap<GenerationContext, Map<string, number>>();

function mentionCount(context: GenerationContext, name: string): number {
  let counts = mentionCounts.get(context);
  if (!counts) {
    counts = new Map();
    for (const sentence of context.article.sentences) {
      for (const occurrence of context.entities.namesIn(sentence.id)) counts.set(occurrence.info.name, (counts.get(occurrence.info.name) ?? 0) + 1);
    }
    mentionCounts.set(context, counts);
  }
  return counts.get(name) ?? 0;
}

/** The role group the words around a name suggest ("A top commander of X, _____, ..."). */
function roleGroupNear(context: GenerationContext, sentence: Sentence, name: string): string | undefined {
  const at = sentence.text.indexOf(name);
  if (at < 0) return undefined;
  const around = sentence.text.slice(Math.max(0, at - 45), at + name.length + 45);
  return ROLE_GROUPS.find(([, pattern]) => pattern.test(around))?.[0];
}

/** The sentence as a prompt with the blank, or undefined when it cannot stand on its own. */
function promptWithBlank(context: GenerationContext, sentence: Sentence, event: TimelineEvent | undefined, blank: Blank, accepted: readonly string[], isLead: boolean): string | undefined {
  let before = context.source.slice(sentence.start, blank.start);
  let after = context.source.slice(blank.end, sentence.end);
  // An acronym in brackets right after the blank would give the answer away.
  const bracket = after.match(/^\s*\(([^()]+)\)/);
  if (bracket && accepted.some((variant) => normaliseAnswer(variant) === normaliseAnswer(bracket[1]!.split(",")[0]!))) after = after.slice(bracket[0].length);
  if (event && event.sentenceIds[0] === sentence.id) {
    // "11 April 2007: ..." and "On 20 June 2020, ..." both read as "On 11 April 2007, ...".
    const body = before.slice(event.bodyStart - sentence.start);
    const datePart = event.date.day !== undefined ? `On ${event.dateText}` : event.date.qualifier || event.date.approximate ? `${event.dateText.replace(/^c\./, "Around")}` : `In ${event.dateText}`;
    before = `${datePart}, ${context.lowerInitial(body)}`;
  }
  const marker = "\u0000";
  let text = `${withFullNames(context, sentence, before)}${marker}${withFullNames(context, sentence, after)}`;
  text = rewriteImpersonalOpener(dropLinkingOpener(text));
  text = resolveSelfReferences(text, context.subject);
  if (isLead) {
    // In the lead, "it" as a main clause's subject is the article's subject ("At its height ... it reached").
    text = text.replace(/^It (?!is (?:reported|estimated|believed|said|thought|unclear))/, `${context.subject.capitalised} `);
    text = text.replace(/^((?:At|In|By|From|During|After|Before|Under|Over)\b[^,.]{0,60}?),? it (?=[a-z]+(?:ed|s)?\b)/, `$1, ${context.subject.name} `);
  }
  text = tidyForPrompt(text);
  if (!text.includes(marker)) return undefined;
  const reason = findUnresolvedReference(text.replace(marker, BLANK));
  if (reason !== undefined) return undefined;
  return text.replace(marker, BLANK);
}

/** "Okafor was killed ..." -> "Ada Okafor was killed ...": a lone surname becomes the last full name before it. */
function withFullNames(context: GenerationContext, sentence: Sentence, text: string): string {
  let result = text;
  for (const occurrence of context.entities.namesIn(sentence.id)) {
    if (occurrence.info.type !== "person" || occurrence.text.includes(" ") || !containsWord(result, occurrence.text)) continue;
    const fullName = lastFullNameBefore(context, occurrence.text, sentence.start);
    if (fullName === undefined) continue;
    result = result.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(occurrence.text)}(?![\\p{L}])`, "u"), fullName);
  }
  return result;
}

function lastFullNameBefore(context: GenerationContext, surname: string, before: number): string | undefined {
  let found: string | undefined;
  for (const other of context.article.sentences) {
    if (other.start >= before) break;
    for (const occurrence of context.entities.namesIn(other.id)) {
      if (occurrence.info.type === "person" && occurrence.text.includes(" ") && occurrence.text.split(" ").pop() === surname) found = occurrence.text;
    }
  }
  return found;
}

function buildCloze(context: GenerationContext, sentence: Sentence, event: TimelineEvent | undefined, blank: Blank, isLead: boolean): Candidate | undefined {
  const answer = blank.text;
  if (areAliases(answer, context.article.title, blank.type) || normaliseAnswer(answer) === normaliseAnswer(context.subject.name)) return undefined;
  if (isInsideQuotation(context.source, sentence, blank)) return undefined;
  if (isPartOfLongerName(context.source, sentence, blank)) return undefined;
  if (blank.type !== "date" && blank.type !== "number" && isAttributive(context.source, blank)) return undefined;
  // "in Ghardimaou, _____": the region after a town has no distractors of its own kind, so the category gives it away.
  if (blank.type === "place" && blank.detail !== "country" && /\p{Lu}[\p{L}'’-]*, (?:the )?$/u.test(context.source.slice(Math.max(sentence.start, blank.start - 40), blank.start))) return undefined;
  if (isInEnumeration(context.source, sentence, blank)) return undefined;
  if (isSetMembership(context.source, sentence, blank)) return undefined;
  const accepted = acceptedVariants(context, answer);
  const prompt = promptWithBlank(context, sentence, event, blank, accepted, isLead);
  if (prompt === undefined) return undefined;

  // The answer (or a variant) must not appear elsewhere in the prompt.
  const promptKey = ` ${normaliseAnswer(prompt)} `;
  if ([answer, ...accepted].some((variant) => promptKey.includes(` ${normaliseAnswer(variant)} `))) return undefined;
  if (blank.type === "place" && revealsPlace(prompt, answer)) return undefined;
  const generated = blank.distractors();
  const distractors = generated.choices.filter((choice) => !containsNormalised(prompt, choice));
  const hasChoices = distractors.length >= 3;
  const shortAnswer = countWords(answer) <= 3;
  if (!hasChoices && !shortAnswer) return undefined;

  const penalties: { reason: string; weight: number }[] = [];
  if (blank.type === "person" && !answer.includes(" ")) penalties.push({ reason: "surname only", weight: 0.15 });
  if (/["“”]/.test(prompt)) penalties.push({ reason: "contains a quotation", weight: 0.1 });
  if (!hasChoices) penalties.push({ reason: "typed only: no same-type distractors", weight: 0.1 });
  if (countWords(prompt) < 7) penalties.push({ reason: "very short sentence", weight: 0.2 });
  if (event && event.sentenceIds[0] !== sentence.id) penalties.push({ reason: "a follow-up detail of a timeline entry", weight: 0.3 });
  if (/\(/.test(prompt)) penalties.push({ reason: "brackets in the prompt", weight: 0.05 });
  const kindWeight = blank.type === "date" ? 0.82 : blank.type === "number" ? 0.78 : blank.type === "conflict" || blank.type === "polity" ? 0.8 : 0.86;
  // Where each wrong choice really belongs; worked out only for questions that are kept.
  const laterNotes = () =>
    (hasChoices ? distractors.slice(0, 3) : []).flatMap((choice) => {
      const note = noteForChoice(context, choice, sentence.id);
      return note === undefined ? [] : [note];
    });
  const leadFact = isLead ? [`lead:${sentence.id}`] : [];
  const eventFact = event ? [`timeline:${event.id}`] : [];
  return {
    kind: "cloze",
    prompt: `Fill in the blank: ${prompt}`,
    answer,
    ...(hasChoices ? { choices: [answer, ...distractors.slice(0, 3)] } : {}),
    accepted,
    typeable: shortAnswer || accepted.length > 0,
    origin: { refId: sentence.id, sectionPath: sectionPathOf(context, sentence.sectionId), textStart: sentence.start, textEnd: sentence.end, answerStart: blank.start, answerEnd: blank.end },
    notes: [],
    laterNotes,
    variant: `${blank.start - sentence.start}`,
    features: {
      kindWeight,
      importance: isLead ? 1 : event ? 0.55 : 0.6,
      promptWords: countWords(prompt),
      distractorSource: hasChoices ? generated.source : "none",
      choiceCount: hasChoices ? 4 : 0,
      penalties,
    },
    facts: [...leadFact, ...eventFact, ...context.acronyms.filter((definition) => normaliseAnswer(definition.expansion) === normaliseAnswer(answer) || definition.acronym === answer).map((definition) => `acronym:${definition.acronym}`)],
    answerType: blank.type,
    choiceTypes: hasChoices ? [blank.type, ...distractors.slice(0, 3).map(() => blank.type)] : undefined,
    sentenceIds: [sentence.id],
  } as Candidate;
}

const TITLE_BEFORE = /^(?:General|Gen\.|President|Colonel|Col\.|Captain|Capt\.|Minister|King|Queen|Sultan|Emperor|Sheikh|Emir|Dr\.|Lieutenant|Admiral|Pope|Prince|Princess|Lord|Sir|Commander|Marshal|Governor|Senator)$/;

/**
 * "Port _____", "Mont de _____", "(_____)" after its long form: the blank would be part of a
 * longer name, or an acronym spelled out right before it.
 */
function isPartOfLongerName(source: string, sentence: Sentence, blank: { start: number; end: number; text: string }): boolean {
  const before = source.slice(sentence.start, blank.start);
  const previous = before.match(/(\p{Lu}[\p{L}.'’-]*) (?:(?:des|de|du|of|al|el|la|le|van|von|bin|ibn) )?$/u);
  const atSentenceStart = previous !== undefined && previous !== null && /^\s*$|[.:]\s*$/.test(before.slice(0, before.length - previous[0].length));
  if (previous && !TITLE_BEFORE.test(previous[1]!) && !(atSentenceStart && /^(?:The|In|On|At|By|From|After|Before|According)$/.test(previous[1]!))) return true;
  if (/^[A-Z]{2,}$/.test(blank.text) && /\($/.test(before) && source[blank.end] === ")") return true;
  return false;
}

/** "France" blanked next to "French", "Tunisia" next to "Tunisian": the prompt names the place another way. */
function revealsPlace(prompt: string, place: string): boolean {
  const words = prompt.toLowerCase().split(/[^\p{L}.]+/u);
  const name = place.toLowerCase();
  if (demonymsOf(place).some((demonym) => words.includes(demonym) || prompt.toLowerCase().includes(` ${demonym} `))) return true;
  const stem = name.slice(0, Math.max(5, name.length - 2));
  return name.length >= 5 && words.some((word) => word !== name && word.startsWith(stem));
}

const FOLLOWING_FUNCTION_WORD =
  /^(?:and|or|but|nor|in|on|at|to|of|for|with|by|from|near|into|that|which|who|whom|whose|where|when|while|as|was|were|is|are|had|has|have|would|could|will|can|may|might|should|must|did|does|do|been|being|after|before|during|since|until|against|via|under|over|also|then|later|not|to|than|later)$/;

/** "two _____ personnel", "the _____ region": a name used as an adjective reads badly as a blank and invites partial answers. */
function isAttributive(source: string, blank: { end: number }): boolean {
  const next = source.slice(blank.end, blank.end + 30).match(/^ ([a-z][a-z-]*)/)?.[1];
  if (next === undefined) return false;
  return !FOLLOWING_FUNCTION_WORD.test(next) && !/(?:ed|ing)$/.test(next);
}

/** "Key leaders included _____", "writers such as _____": the sentence names examples, so other members would be right too. */
function isSetMembership(source: string, sentence: Sentence, blank: { start: number }): boolean {
  const clause = source.slice(sentence.start, blank.start).split(/[;:]|, (?:and|but|while) /).pop() ?? "";
  return /\b(?:includ(?:e|es|ed|ing)|such as|among them|among others|for example|for instance|notably|like)\b/.test(clause);
}

function isInsideQuotation(source: string, sentence: Sentence, blank: { start: number }): boolean {
  const before = source.slice(sentence.start, blank.start);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > 0;
}

const LIST_NAME = String.raw`(?:the )?(?:al-|el-)?\p{Lu}[\p{L}'’-]*(?: (?:of |the |and )?\p{Lu}[\p{L}'’-]*)*`;
const LIST_SIGNALS_BEFORE = [
  new RegExp(`${LIST_NAME},(?: and| or)? $`, "u"),
  new RegExp(`${LIST_NAME} (?:and|or) $`, "u"),
  new RegExp(`${LIST_NAME}, ${LIST_NAME},?(?: and| or)? $`, "u"),
];
const LIST_SIGNALS_AFTER = [
  new RegExp(`^, ${LIST_NAME}`, "u"),
  new RegExp(`^,? (?:and|or) ${LIST_NAME}`, "u"),
  new RegExp(`^, ${LIST_NAME},? (?:and |or )?${LIST_NAME}`, "u"),
];

/** "Spain, France, Italy and Greece": blanking one item of a list of three or more invites other right answers. */
function isInEnumeration(source: string, sentence: Sentence, blank: { start: number; end: number }): boolean {
  // A leading "the" belongs to the blanked name ("the United Kingdom").
  const before = source.slice(Math.max(sentence.start, blank.start - 80), blank.start).replace(/the $/, "");
  const after = source.slice(blank.end, Math.min(sentence.end, blank.end + 80));
  const signals = [...LIST_SIGNALS_BEFORE.map((pattern) => pattern.test(before)), ...LIST_SIGNALS_AFTER.map((pattern) => pattern.test(after))];
  return signals.filter(Boolean).length >= 2;
}
