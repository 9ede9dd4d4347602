import type { AcronymDefinition } from "../answers/acronyms";
import { normaliseAnswer } from "../answers/normalise-answer";
import type { Article, InfoboxField, InfoboxValue, Sentence } from "../content/types";
import { isContinentOrRegionName, isCountryName } from "./gazetteer";
import { displayName } from "./names";
import { profileForKey, type EntityType } from "./infobox-keys";
import type { Subject } from "./subject";

// Names in an article and what they are (person, place, organisation...), learnt from the
// article's structure first (infobox keys, acronym definitions) and from cues in the prose second.
// A name with no evidence stays "other" and is never blanked or used as a distractor.

export type EntityInfo = {
  name: string;
  type: EntityType;
  /** "country" or "region" for gazetteer places, "acronym" for defined acronyms. */
  detail?: "country" | "region" | "acronym" | "city" | "media" | "company";
  evidence: string[];
};

export type RoleMention = { person: string; role: string; sentenceId: string; roleStart: number; roleEnd: number; personStart: number; personEnd: number };

export type EntityIndex = {
  lookup(name: string): EntityInfo | undefined;
  all(): EntityInfo[];
  /** Descriptions attached to people in the prose ("counter-terrorism specialist" Jane Roe). */
  roles: RoleMention[];
  /** Capitalised names found in each sentence (known or classified), in order. */
  namesIn(sentenceId: string): NameOccurrence[];
};

export type NameOccurrence = { text: string; start: number; end: number; info: EntityInfo };

const ORGANISATION_CUES =
  /\b(?:Group|Front|Movement|Battalion|Brigade|Brigades|Center|Centre|Council|Army|Forces|Agency|Program|Programme|Organization|Organisation|Party|Union|Nations|Government|Ministry|Company|Committee|Institute|University|Bank|Court|Office|Assembly|League|Alliance|Commission|Corporation|Network|Service|Services|Police|Navy|Command|Mission|Media|News|Times|Post|Herald|Foundation|Association|Authority|Department|Directorate|Legion)\b/;
const POLITY_CUES = /\b(?:Empire|Kingdom|Sultanate|Caliphate|Republic|Dynasty|Confederation|Emirate|Khanate|Principality)\b/;
const CONFLICT_CUES = /\b(?:War|Wars|war|Battle|Battles|insurgency|Insurgency|Operation|conflict|Conflict|rebellion|Rebellion|attack|attacks|crisis|riots|uprising|Revolution|Siege|Campaign|Offensive|shootings|bombing|massacre)\b/;
const PLACE_LAST_WORDS = /\b(?:Province|Region|Mountains|Park|Governorate|Coast|Desert|River|Valley|Island|Islands|Sea|Lake|Ocean|District|Oasis|Plateau)$/;
const PLACE_NOUN_AFTER = /^(?:province|region|city|town|village|river|mountains|desert|governorate|district|area|border|oasis)s?\b/;
const PLACE_OF_BEFORE = /\b(?:town|city|village|region|province|capital|island|port) of $/;
const PLACE_PREPOSITIONS = /\b(?:in|at|near|via|across|into|outside|around)\s(?:the\s)?$/;
const COMPASS_WORD = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Greater)$/;
const ORGANISATION_NOUN_BEFORE = /\b(?:group|organization|organisation|movement|newspaper|firm|company|agency|outlet|party|militia|faction|network|affiliate|branch|wing|broadcaster|channel),? (?:known as )?$/;
const MEDIA_NOUN_BEFORE = /\b(?:newspaper|outlet|broadcaster|channel|magazine|news agency|website)(?: known as)?,? $/;
// "risk analysis firm X", "the security company X": a business, not a newspaper or an armed group.
const COMPANY_NOUN_BEFORE = /\b(?:firm|company|consultancy|contractor|corporation)(?: known as)?,? $/;
const MEDIA_CUES = /\b(?:Times|Post|News|Herald|Gazette|Tribune|Journal|Telegraph|Guardian|Jazeera|Radio|Television|TV)\b/;
const MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const VERB_AFTER_NAME = /^(?:['’]s\b|\s+(?:was|were|is|are|had|has|later|also|then|never|still|[a-z]+ed)\b)/;
const PERSON_TITLES =
  /^(?:General|Gen\.?|President|Colonel|Col\.?|Captain|Capt\.?|Minister|King|Queen|Sultan|Emperor|Sheikh|Emir|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Lieutenant|Lt\.?|Sergeant|Admiral|Pope|Prince|Princess|Lord|Sir|Commander|Marshal|Governor|Senator)$/;
const ROLE_NOUNS = new Set(
  (
    "commander commanders leader chief founder president general minister specialist analyst expert official spokesman spokesperson " +
    "hostage nun priest preacher historian traveller traveler writer poet architect king queen emperor sultan ruler officer " +
    "journalist diplomat ambassador envoy scholar author fighter militant governor mayor judge captain colonel emir imam sheikh " +
    "lieutenant agent son daughter brother sister wife husband father mother successor heir national citizen"
  ).split(" "),
);
const SPEECH_VERB_AFTER = /^(?:said|says|stated|states|claimed|claims|added|adds|explained|explains|maintained|argued|wrote|announced|told|declared)\b/;
const CONNECTORS = new Set(["of", "the", "for", "de", "du", "la", "le", "al", "el", "bin", "ibn", "wa", "wal", "ul", "fi", "da", "van", "von", "y"]);
const SENTENCE_STARTERS = new Set(
  ("the a an in on at by after before during according prior as however key some many several one two three four five six seven eight nine ten " +
    "this these that those its his her their all both each most under within from with for to of while since until when where although though " +
    "because if unlike like despite through throughout across among between beyond following including").split(" "),
);
const ATTRIBUTIVE_SUFFIX = /-(?:based|led|aligned|backed|born|rich|era|style|affiliated|linked|speaking)$/;
const DEMONYM = /(?:an|ian|ese|ish|ean|ern|ch|ss|eli|aqi|ali|ani|ic)$/;
const DEMONYM_PLURAL = /(?:ans|ians|eans|ers|ees)$/;
const ROLE_WORDS = "commander|commanders|leader|leaders|chief|founder|president|general|minister|specialist|official|spokesman|hostage|nun|preacher|historian|traveller|poet|architect|king|ruler|officer|journalist|diplomat|scholar|author|fighter|governor|national|citizen|emir|son|daughter|brother|wife";
const ROLE_APPOSITION_BEFORE = new RegExp(`\\b(?:${ROLE_WORDS})(?: of [^,]{1,40})?, $`);
const ROLE_APPOSITION_AFTER = new RegExp(`^, (?:a |an |the )?(?:[\\p{L}'’-]+ ){0,3}(?:${ROLE_WORDS})(?=[,.;)]| of\\b| for\\b| who\\b)`, "u");

type Token = { text: string; start: number; end: number };

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{N}'’.\-]*[\p{L}\p{N}])?/gu;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^(?:al|el|ul|ad|as|an|ar|at|az)-\p{Lu}/u.test(word);
}

export function buildEntityIndex(article: Article, source: string, acronyms: readonly AcronymDefinition[], subject: Subject): EntityIndex {
  const known = new Map<string, EntityInfo>();
  const add = (name: string, type: EntityType, evidence: string, detail?: EntityInfo["detail"]) => {
    const key = normaliseAnswer(name);
    if (key === "" || known.has(key)) return;
    known.set(key, { name, type, evidence: [evidence], ...(detail ? { detail } : {}) });
  };

  const acronymSet = new Set(acronyms.map((definition) => definition.acronym));
  for (const field of article.infobox) {
    for (const value of field.values) {
      if (value.damaged) continue;
      const type = classifyInfoboxValue(value, field, acronymSet, subject);
      if (type !== "other") add(displayName(value.text), type, `infobox:${field.key}`, isCountryName(value.text) ? "country" : undefined);
    }
  }
  for (const definition of acronyms) {
    const expansionType = ORGANISATION_CUES.test(definition.expansion) || /^\p{Lu}/u.test(definition.expansion) ? "organisation" : "other";
    if (expansionType === "other") continue;
    const existing = known.get(normaliseAnswer(definition.expansion)) ?? known.get(normaliseAnswer(definition.acronym));
    const type = existing?.type ?? expansionType;
    add(definition.expansion, type, "acronym definition");
    add(definition.acronym, type, "acronym definition", "acronym");
  }
  add(article.title, subjectEntityType(subject), "title");

  const lowercaseWords = new Set<string>();
  for (const match of source.matchAll(/\b[a-z][a-z'-]*\b/g)) lowercaseWords.add(match[0]);

  // Pass 1: capitalised sequences and the cues around them.
  type Raw = { text: string; start: number; end: number; sentence: Sentence; before: string; after: string; titled: boolean; truncated: boolean };
  const raws: Raw[] = [];
  const knownNames = [...known.values()].map((info) => info.name).filter((name) => name.length >= 2).sort((left, right) => right.length - left.length);
  // Names are found with indexOf on a loosened copy of each sentence (lower case, hyphens as spaces,
  // same length as the original so offsets carry over): far cheaper than a regular expression per name.
  const knownKeys = knownNames.map((name) => ({ name, key: loosen(name), firstWord: loosen(name).split(/[^\p{L}\p{N}'’]+/u)[0] ?? "" }));
  const knownOccurrences = new Map<string, NameOccurrence[]>();
  const surnameCounts = new Map<string, number>();
  const roleCandidates: RoleMention[] = [];

  for (const sentence of article.sentences) {
    const occurrences: NameOccurrence[] = [];
    const covered: [number, number][] = [];
    const loosened = loosen(sentence.text);
    const words = new Set(loosened.split(/[^\p{L}\p{N}'’]+/u));
    for (const { name, key, firstWord } of knownKeys) {
      if (!words.has(firstWord)) continue;
      for (let at = loosened.indexOf(key); at >= 0; at = loosened.indexOf(key, at + 1)) {
        const before = sentence.text[at - 1] ?? " ";
        const after = sentence.text[at + key.length] ?? " ";
        if (/[\p{L}\p{N}'’-]/u.test(before) || /[\p{L}\p{N}-]/u.test(after)) continue;
        // Inner words keep their case ("Red Army", not "red army"); only word-initial case may differ.
        if (!sameInnerCase(sentence.text.slice(at, at + key.length), name)) continue;
        const start = sentence.start + at;
        const end = start + key.length;
        if (covered.some(([from, to]) => start < to && end > from)) continue;
        covered.push([start, end]);
        occurrences.push({ text: sentence.text.slice(at, at + key.length), start, end, info: known.get(normaliseAnswer(name))! });
      }
    }
    knownOccurrences.set(sentence.id, occurrences);

    const tokens: Token[] = [...sentence.text.matchAll(TOKEN)].map((match) => ({ text: match[0], start: sentence.start + match.index, end: sentence.start + match.index + match[0].length }));
    let index = 0;
    while (index < tokens.length) {
      const token = tokens[index]!;
      if (covered.some(([from, to]) => token.start < to && token.end > from) || !isCapitalised(token.text)) {
        index++;
        continue;
      }
      const sequence: Token[] = [token];
      let next = index + 1;
      while (next < tokens.length) {
        const candidate = tokens[next]!;
        const previous = sequence[sequence.length - 1]!;
        const gap = source.slice(previous.end, candidate.start);
        const abbreviatedTitle = gap === ". " && /^(?:Capt|Col|Gen|Lt|Dr|Mr|Mrs|Ms|St|Sgt|Maj)$/.test(previous.text);
        if ((gap !== " " && !abbreviatedTitle) || covered.some(([from, to]) => candidate.start < to && candidate.end > from)) break;
        if (/['’]s$/.test(previous.text) || ATTRIBUTIVE_SUFFIX.test(previous.text)) break;
        if (isCapitalised(candidate.text)) {
          sequence.push(candidate);
          next++;
          continue;
        }
        const lower = candidate.text.toLowerCase();
        const following = tokens[next + 1];
        const joinsAnd = lower === "and" && ORGANISATION_CUES.test(sequence.map((part) => part.text).join(" ")) && following !== undefined && isCapitalised(following.text);
        if ((CONNECTORS.has(lower) || joinsAnd) && following !== undefined && isCapitalised(following.text) && source.slice(candidate.end, following.start) === " ") {
          sequence.push(candidate, following);
          next += 2;
          continue;
        }
        break;
      }
      index = next;

      // Trim: a sentence-initial common word, a leading "The", possessive "'s", attributive "-based" words.
      const startsSentence = (first: Token) => {
        const before = source.slice(sentence.start, first.start);
        return /^\s*$/.test(before) || /[.:;!?"“(]\s*$/.test(before) || /^\s*[^:]{0,40}:\s*$/.test(before);
      };
      while (sequence.length > 0) {
        const first = sequence[0]!;
        const lower = first.text.toLowerCase();
        const initial = startsSentence(first);
        const commonWord = SENTENCE_STARTERS.has(lower) || (lowercaseWords.has(lower) && sequence.length === 1);
        if ((initial && commonWord) || CONNECTORS.has(first.text) || MONTH_NAME.test(first.text)) sequence.shift();
        else break;
      }
      while (sequence.length > 0 && (CONNECTORS.has(sequence[sequence.length - 1]!.text.toLowerCase()) || MONTH_NAME.test(sequence[sequence.length - 1]!.text))) sequence.pop();
      if (sequence.length === 0) continue;
      const last = sequence[sequence.length - 1]!;
      if (ATTRIBUTIVE_SUFFIX.test(last.text)) continue;
      const endOffset = /['’]s$/.test(last.text) ? last.end - 2 : last.end;
      const startOffset = sequence[0]!.start;
      const text = source.slice(startOffset, endOffset);
      if (!/\p{L}/u.test(text) || /^\p{N}/u.test(text)) continue;

      // A title inside the sequence ("U.S. Army General John Doe") splits role from person.
      const titleIndex = findLastIndex(sequence, (part) => PERSON_TITLES.test(part.text));
      if (titleIndex >= 0 && titleIndex < sequence.length - 1) {
        const personStart = sequence[titleIndex + 1]!.start;
        const roleText = source.slice(startOffset, sequence[titleIndex]!.end);
        raws.push({ text: source.slice(personStart, endOffset), start: personStart, end: endOffset, sentence, before: source.slice(Math.max(sentence.start, personStart - 40), personStart), after: source.slice(endOffset, endOffset + 30), titled: true, truncated: false });
        roleCandidates.push({ person: source.slice(personStart, endOffset), role: roleText, sentenceId: sentence.id, roleStart: startOffset, roleEnd: sequence[titleIndex]!.end, personStart, personEnd: endOffset });
        continue;
      }
      // A name cut at "in"/"of" before another capitalised word may be part of a longer name.
      const after = source.slice(endOffset, endOffset + 80);
      const before = source.slice(Math.max(sentence.start, startOffset - 40), startOffset);
      const truncated =
        /^ (?:of|for|de|del) (?:the )?\p{Lu}|^ in the \p{Lu}/u.test(after) ||
        (ORGANISATION_CUES.test(text) && /^ (?:to|in|on) (?:the )?\p{Lu}/u.test(after)) ||
        /\p{Lu}[\p{L}]* (?:of|for|de) (?:the )?$|(?:\p{Lu}|al-\p{Lu})[\p{L}'’-]* in the $|-led $/u.test(before);
      raws.push({ text, start: startOffset, end: endOffset, sentence, before, after, titled: false, truncated });
      if (sequence.length >= 2) {
        const surname = last.text.replace(/['’]s$/, "");
        surnameCounts.set(surname, surnameCounts.get(surname) ?? 0);
      }
    }
  }

  // Surname reuse: a multi-word name whose last word also appears alone ("Ada Okafor" ... "Okafor").
  const singleNames = new Set(raws.filter((raw) => !raw.text.includes(" ") && VERB_AFTER_NAME.test(raw.after)).map((raw) => raw.text));
  for (const surname of surnameCounts.keys()) if (singleNames.has(surname)) surnameCounts.set(surname, 1);

  // Pass 2: classify each distinct name from all its occurrences.
  const byName = new Map<string, Raw[]>();
  for (const raw of raws) {
    if (raw.truncated) continue;
    const key = normaliseAnswer(raw.text);
    const list = byName.get(key) ?? [];
    list.push(raw);
    byName.set(key, list);
  }
  const classified = new Map<string, EntityInfo>();
  for (const [key, occurrences] of byName) {
    const info = classifyProseName(occurrences[0]!.text, occurrences, known, surnameCounts);
    if (info) classified.set(key, info);
  }
  // Single surnames of people take the person type too.
  for (const info of [...known.values(), ...classified.values()]) {
    if (info.type !== "person" || !info.name.includes(" ")) continue;
    const surname = info.name.split(" ").pop()!;
    if (surname.length < 3 || /^[IVXLC]+$/.test(surname)) continue;
    const key = normaliseAnswer(surname);
    const existing = classified.get(key);
    if (existing === undefined || existing.type === "other") classified.set(key, { name: surname, type: "person", evidence: [`surname of ${info.name}`] });
  }

  // Roles: "<role noun phrase> Name" and "Name, a/the <role phrase>".
  const roles: RoleMention[] = [...roleCandidates];
  for (const raw of raws) {
    const info = classified.get(normaliseAnswer(raw.text)) ?? known.get(normaliseAnswer(raw.text));
    if (info?.type !== "person" || raw.titled) continue;
    const role = readRoleBefore(raw.before, raw.start);
    if (role) roles.push({ person: raw.text, role: role.text, sentenceId: raw.sentence.id, roleStart: role.start, roleEnd: role.end, personStart: raw.start, personEnd: raw.end });
    const appositive = readRoleAfter(source, raw.end, raw.sentence.end);
    if (appositive) roles.push({ person: raw.text, role: appositive.text, sentenceId: raw.sentence.id, roleStart: appositive.start, roleEnd: appositive.end, personStart: raw.start, personEnd: raw.end });
  }

  const lookup = (name: string) => {
    const key = normaliseAnswer(name);
    return known.get(key) ?? classified.get(key);
  };

  const namesBySentence = new Map<string, NameOccurrence[]>();
  for (const sentence of article.sentences) namesBySentence.set(sentence.id, [...(knownOccurrences.get(sentence.id) ?? [])]);
  for (const raw of raws) {
    const info = lookup(raw.text);
    if (info === undefined || info.type === "other") continue;
    namesBySentence.get(raw.sentence.id)!.push({ text: raw.text, start: raw.start, end: raw.end, info });
  }
  for (const list of namesBySentence.values()) list.sort((left, right) => left.start - right.start);

  const everything = [...known.values(), ...[...classified.values()].filter((info) => !known.has(normaliseAnswer(info.name)))];
  return {
    lookup,
    all: () => everything,
    roles,
    namesIn: (sentenceId) => namesBySentence.get(sentenceId) ?? [],
  };
}

function subjectEntityType(subject: Subject): EntityType {
  if (subject.classNoun === "state") return "polity";
  if (subject.classNoun === "conflict") return "conflict";
  if (subject.classNoun === "organization" || subject.classNoun === "organisation" || subject.classNoun === "company") return "organisation";
  return "other";
}

/** The entity type of one infobox value, from its shape first and the key's default second. */
export function classifyInfoboxValue(value: InfoboxValue, field: InfoboxField, acronyms: ReadonlySet<string>, subject: Subject): EntityType {
  const profile = profileForKey(field.key);
  const text = value.text;
  if (profile.style === "skip" || profile.style === "date") return "other";
  const threeLetterCodes = field.values.filter((other) => /^[A-Z]{3}$/.test(other.text)).length;
  if (/^[A-Z]{3}$/.test(text) && threeLetterCodes >= 3 && !acronyms.has(text)) return "country-code";
  const subjectType = subjectEntityType(subject);
  const defaultType =
    profile.valueType === "subject"
      ? subjectType
      : profile.valueType === "party"
        ? subjectType === "polity"
          ? "polity"
          : "organisation"
        : profile.valueType;
  if (defaultType === "person" || defaultType === "language" || defaultType === "belief") return defaultType;
  if (/^\p{Lu}[\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*)* [a-z]+s$/u.test(text)) return "collective";
  if (/^[A-Z][A-Z0-9]{1,7}$/.test(text)) return "organisation";
  if (isCountryName(text)) return defaultType === "place" ? "place" : "polity";
  if (POLITY_CUES.test(text)) return "polity";
  if (CONFLICT_CUES.test(text)) return "conflict";
  if (ORGANISATION_CUES.test(text)) return "organisation";
  return defaultType;
}

function classifyProseName(
  name: string,
  occurrences: { before: string; after: string; titled: boolean; text: string }[],
  known: ReadonlyMap<string, EntityInfo>,
  surnames: ReadonlyMap<string, number>,
): EntityInfo | undefined {
  const existing = known.get(normaliseAnswer(name));
  if (existing) return existing;
  if (COMPASS_WORD.test(name) || name.replace(/[^\p{L}]/gu, "").length < 2) return { name, type: "other", evidence: [] };
  const words = name.split(" ");
  const evidence: string[] = [];
  const lastWord = words[words.length - 1]!;
  const couldBePerson = !/^[A-Z.]+$/.test(name) && !words.some((word) => isCountryName(word)) && !ORGANISATION_CUES.test(name) && !DEMONYM_PLURAL.test(lastWord);
  if (couldBePerson) {
    if (occurrences.some((occurrence) => occurrence.titled)) return { name, type: "person", evidence: ["title before the name"] };
    if (words.length >= 2 && (surnames.get(lastWord) ?? 0) > 0) return { name, type: "person", evidence: ["surname used alone elsewhere"] };
    if (occurrences.some((occurrence) => readRoleBefore(occurrence.before, 0) !== undefined || ROLE_APPOSITION_BEFORE.test(occurrence.before) || ROLE_APPOSITION_AFTER.test(occurrence.after))) {
      return { name, type: "person", evidence: ["role noun next to the name"] };
    }
  }
  if (occurrences.some((occurrence) => MEDIA_NOUN_BEFORE.test(occurrence.before)) || MEDIA_CUES.test(name)) return { name, type: "organisation", detail: "media", evidence: ["media word"] };
  if (occurrences.some((occurrence) => COMPANY_NOUN_BEFORE.test(occurrence.before))) return { name, type: "organisation", detail: "company", evidence: ["company noun before the name"] };
  if (occurrences.some((occurrence) => ORGANISATION_NOUN_BEFORE.test(occurrence.before))) return { name, type: "organisation", evidence: ["organisation noun before the name"] };
  if (words.length >= 2 && words.length <= 4 && occurrences.some((occurrence) => SPEECH_VERB_AFTER.test(occurrence.after.trimStart()))) {
    if (!ORGANISATION_CUES.test(name)) return { name, type: "person", evidence: ["reported speech"] };
  }
  if (isCountryName(name)) return { name, type: "place", detail: "country", evidence: ["country"] };
  if (isContinentOrRegionName(name)) return { name, type: "place", detail: "region", evidence: ["region"] };
  if (ORGANISATION_CUES.test(name)) return { name, type: "organisation", evidence: ["organisation word"] };
  if (POLITY_CUES.test(name)) return { name, type: "polity", evidence: ["state word"] };
  if (CONFLICT_CUES.test(name)) return { name, type: "conflict", evidence: ["conflict word"] };
  if (PLACE_LAST_WORDS.test(name)) return { name, type: "place", evidence: ["place word"] };
  const singleAdjective = words.length === 1 && DEMONYM.test(name);
  let placeHints = 0;
  let region = false;
  let local = false;
  for (const occurrence of occurrences) {
    if (/^\s*(?:region|province|area|desert|regions|provinces)\b/.test(occurrence.after)) region = true;
    if (/^\s*(?:city|town|village)\b/.test(occurrence.after) || PLACE_OF_BEFORE.test(occurrence.before) || /^,\s*(?:[a-z-]+ )?\p{Lu}/u.test(occurrence.after)) local = true;
    const after = occurrence.after.trimStart();
    if (!singleAdjective && PLACE_NOUN_AFTER.test(after)) placeHints += 2;
    else if (/^[a-z]{3,}/.test(after) && !/^(?:and|or|in|on|at|to|of|for|with|by|that|which|who|was|were|is|are|had|has|near|from|where|when|while|would|could|will|can|may|might|should|must|did|does|been)\b/.test(after)) placeHints -= 1;
    if (PLACE_PREPOSITIONS.test(occurrence.before) && !singleAdjective && /^(?:[,.;:)]|and\b|near\b|in\b|$)/.test(after)) placeHints += 2;
    if (PLACE_OF_BEFORE.test(occurrence.before)) placeHints += 3;
    if (/^,\s*(?:[a-z-]+ )?([\p{Lu}][\p{L}]+)/u.test(occurrence.after)) {
      const next = occurrence.after.match(/^,\s*(?:[a-z-]+ )?([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)*)/u)?.[1];
      if (next !== undefined && (isCountryName(next) || PLACE_LAST_WORDS.test(next))) placeHints += 2;
    }
    if (PLACE_PREPOSITIONS.test(occurrence.before) && singleAdjective && /^[a-z]/.test(after)) placeHints -= 1;
  }
  if (placeHints >= 2) {
    evidence.push("place cues");
    const detail = region ? "region" : local ? "city" : undefined;
    return { name, type: "place", ...(detail ? { detail } : {}), evidence };
  }
  return { name, type: "other", evidence: [] };
}

/** "counter-terrorism specialist" before a name: modifiers then a role noun, right before the name. */
function readRoleBefore(before: string, nameStart: number): { text: string; start: number; end: number } | undefined {
  const match = before.match(/((?:(?:[\p{Lu}][\p{L}.'’-]*|former|senior|top|military|deputy|local|then|later|future|[a-z]+-[a-z-]+) )*([a-z]+) )$/u);
  if (!match || !ROLE_NOUNS.has(match[2]!)) return undefined;
  const phrase = match[1]!.replace(/^(?:The|A|An) /, "");
  const text = phrase.trim();
  const start = nameStart - phrase.length;
  return { text, start, end: start + text.length };
}

/** "Name, a former rebel fighter" / "Name, founder of the empire": an appositive role after a name. */
function readRoleAfter(source: string, nameEnd: number, sentenceEnd: number): { text: string; start: number; end: number } | undefined {
  const after = source.slice(nameEnd, sentenceEnd);
  const match = after.match(/^, (?:(?:a|an|the) )?((?:[\p{L}'’-]+ ){0,4}?([a-z]+)(?: (?:of|for) [\p{L}'’ -]+?)?)(?=[,.;(]|$)/u);
  if (!match || !ROLE_NOUNS.has(match[2]!)) return undefined;
  const text = match[1]!;
  const start = nameEnd + after.indexOf(text);
  return { text, start, end: start + text.length };
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (predicate(items[index]!)) return index;
  return -1;
}

/** Lower case with hyphens as spaces; the same length as the input, so offsets stay valid. */
function loosen(text: string): string {
  let lower = text.toLowerCase();
  // A few characters change length in lower case ("İ"); keep those as they are.
  if (lower.length !== text.length) lower = text.replace(/./gsu, (character) => (character.toLowerCase().length === character.length ? character.toLowerCase() : character));
  return lower.replace(/-/g, " ");
}

/** "Al Hamra" matches "al-Hamra" (word-initial case and hyphens aside), but "the group" does not match "The Group". */
function sameInnerCase(found: string, name: string): boolean {
  for (let index = 0; index < name.length; index++) {
    const startsWord = index === 0 || name[index - 1] === " " || name[index - 1] === "-";
    if (!startsWord && found[index] !== name[index] && name[index] !== "-" && name[index] !== " ") return false;
  }
  return true;
}

