import type { TimelineEvent } from "../content/types";

// Timeline entries as short descriptions (for choices and flashcards) and as "When did ...?"
// questions. The grammar is deliberately narrow: a sentence is rewritten only when its verb is a
// known English verb in a recognised shape; anything else keeps the sentence whole and asks
// "When did this happen?".

/** A verbatim prefix of an event's body, short enough to be a choice. Offsets are file offsets. */
export type EventDescription = { text: string; start: number; end: number };

const CUT_BEFORE = [
  /, (?=(?:killing|wounding|taking|marking|establishing|showing|including|calling|leaving|forcing|making|resulting|bringing|ending|prompting)\b)/,
  /, (?=(?:which|who|where|while|as|after|before|when|though|although|according|the \w+ (?:was|were|is|are)\b))/,
  /: /,
  / \(/,
  /; /,
];

const descriptions = new WeakMap<TimelineEvent, EventDescription>();

export function describeEvent(event: TimelineEvent): EventDescription {
  const cached = descriptions.get(event);
  if (cached) return cached;
  const description = computeDescription(event);
  descriptions.set(event, description);
  return description;
}

function computeDescription(event: TimelineEvent): EventDescription {
  let text = event.body;
  // The first sentence: a full stop before a capital (or the end), not an abbreviation ("7 a.m. local", "Capt. X").
  const sentenceEnd = text.search(/(?<!\b[a-zA-Z]\.[a-zA-Z]|\b(?:Capt|Col|Gen|Lt|Dr|Mr|Mrs|Ms|St|No|c|ca))\.(?=\s+["“\p{Lu}\d]|\s*$)/u);
  if (sentenceEnd > 0) text = text.slice(0, sentenceEnd);
  for (const pattern of CUT_BEFORE) {
    const match = text.match(pattern);
    if (match && match.index !== undefined && countWords(text.slice(0, match.index)) >= 5) text = text.slice(0, match.index);
  }
  if (countWords(text) > 18) {
    const words = text.split(" ");
    const head = words.slice(0, 18).join(" ");
    const comma = head.lastIndexOf(", ");
    // Only cut where the part kept already has its verb ("The X Battalion, the northern wing of the Y Front" has none).
    if (comma > 0 && countWords(head.slice(0, comma)) >= 8 && findMainVerb(head.slice(0, comma).split(" ")) !== undefined) text = head.slice(0, comma);
  }
  text = text.replace(/[\s,;:.]+$/, "");
  return { text, start: event.bodyStart, end: event.bodyStart + text.length };
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function capitaliseFirst(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

// A lexicon of common English verbs (base forms) used in news and history writing. Irregular
// forms are listed; regular forms are derived and must lead back to a verb in this list.
const IRREGULAR: Readonly<Record<string, [past: string, participle: string]>> = {
  take: ["took", "taken"], drive: ["drove", "driven"], give: ["gave", "given"], make: ["made", "made"], begin: ["began", "begun"],
  fight: ["fought", "fought"], lead: ["led", "led"], hold: ["held", "held"], meet: ["met", "met"], send: ["sent", "sent"],
  win: ["won", "won"], lose: ["lost", "lost"], break: ["broke", "broken"], bring: ["brought", "brought"], buy: ["bought", "bought"],
  come: ["came", "come"], find: ["found", "found"], flee: ["fled", "fled"], get: ["got", "got"], go: ["went", "gone"],
  keep: ["kept", "kept"], leave: ["left", "left"], run: ["ran", "run"], say: ["said", "said"], see: ["saw", "seen"],
  sell: ["sold", "sold"], shoot: ["shot", "shot"], speak: ["spoke", "spoken"], spend: ["spent", "spent"], strike: ["struck", "struck"],
  tell: ["told", "told"], withdraw: ["withdrew", "withdrawn"], write: ["wrote", "written"], become: ["became", "become"],
  build: ["built", "built"], catch: ["caught", "caught"], choose: ["chose", "chosen"], rise: ["rose", "risen"],
  overthrow: ["overthrew", "overthrown"], undertake: ["undertook", "undertaken"], overtake: ["overtook", "overtaken"],
  split: ["split", "split"], spread: ["spread", "spread"], set: ["set", "set"], put: ["put", "put"], hit: ["hit", "hit"],
  beat: ["beat", "beaten"], blow: ["blew", "blown"], forbid: ["forbade", "forbidden"], seek: ["sought", "sought"], teach: ["taught", "taught"],
  sink: ["sank", "sunk"], steal: ["stole", "stolen"], swear: ["swore", "sworn"], throw: ["threw", "thrown"], wear: ["wore", "worn"],
  die: ["died", "died"], pay: ["paid", "paid"], lay: ["laid", "laid"], be: ["was", "been"], have: ["had", "had"], do: ["did", "done"],
};

const REGULAR =
  `abandon abduct accept accuse acquire act adopt advance agree aim ally ambush announce annex appear appoint approve arrest
  arrive assassinate assault attack attempt attribute authorise authorize ban base behead besiege block bomb call campaign capture
  carry cause cease claim clash close collapse command complete condemn conduct confirm conquer consolidate contain control convert
  convict crown damage declare defeat defend demand deploy depose depict deport destroy detain detonate disband discover displace
  dissolve elect embark emerge end endorse enter escape establish evacuate execute expand expel extend fail flood force form found
  free gain grant hijack hire host identify impose infiltrate injure invade involve issue join kidnap kill launch liberate march
  merge mobilise mobilize murder name negotiate occupy open order organise organize pass pillage plan pledge proclaim protest
  publish raid reach rebel receive reclaim recognise recognize recruit reject release relocate remove rename repel replace request
  rescue resign resolve retake retreat return revolt rule sack seize sentence settle shell sign start stage storm succeed suffer
  surrender surround suspend target threaten topple trade train transfer travel unite uphold visit vote wage wound yield adopt
  abolish accompany annul assume block capture collect commission compile construct crush decide defect demolish designate
  dismiss disrupt divide dominate enslave expire explode export fortify govern halt import inherit invite isolate marry
  massacre migrate move murder observe outlaw overrun patrol perform persecute plunder present proclaim promote protect
  provide pursue raise reach rebuild recapture reform regain reign renew repeal restore resume reveal revoke sack score secure
  separate shift spark split stop strengthen submit supply support swear tax terminate tour transform trigger unify vanish`
    .split(/\s+/)
    .filter(Boolean);

const BASE_FORMS = new Set([...REGULAR, ...Object.keys(IRREGULAR)]);
const PAST_TO_BASE = new Map<string, string>();
const PARTICIPLE_TO_BASE = new Map<string, string>();
const THIRD_PERSON_TO_BASE = new Map<string, string>();
for (const [base, [past, participle]] of Object.entries(IRREGULAR)) {
  PAST_TO_BASE.set(past, base);
  PARTICIPLE_TO_BASE.set(participle, base);
}
for (const base of BASE_FORMS) {
  const regularPast = pastOf(base);
  if (!IRREGULAR[base]) {
    PAST_TO_BASE.set(regularPast, base);
    PARTICIPLE_TO_BASE.set(regularPast, base);
  }
  THIRD_PERSON_TO_BASE.set(thirdPersonOf(base), base);
}
THIRD_PERSON_TO_BASE.set("is", "be");
THIRD_PERSON_TO_BASE.set("has", "have");

function pastOf(base: string): string {
  if (base.endsWith("e")) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (/^(?:kidnap|plan|ban|stop|ship|drop|rob|stab|occur|commit|control|patrol|travel|rebel|compel|expel|repel|scar)$/.test(base)) {
    return `${base}${base.slice(-1)}ed`;
  }
  return `${base}ed`;
}

function thirdPersonOf(base: string): string {
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

export type WhenQuestionOptions = {
  /** "On what date", "In which month and year", "In which year"... chosen from the date's precision. */
  questionWords: string;
  /** Lower-cases the first word unless it is a proper noun (so "Two" at the start becomes "two"). */
  lowerInitial: (text: string) => string;
};

/**
 * "Two bridges were destroyed by the rebels" -> "On what date were two bridges destroyed by the rebels?";
 * "militants ambushed an army convoy" -> "... did militants ambush an army convoy?".
 * Returns undefined when the sentence's shape is not one it can rewrite safely.
 */
export function toWhenQuestion(description: string, options: WhenQuestionOptions): string | undefined {
  const words = description.split(" ");
  if (words.length < 3) return undefined;
  const verb = findMainVerb(words);
  if (verb === undefined) return undefined;
  const subjectWords = words.slice(0, verb.index);
  if (subjectWords.length === 0 || subjectWords.length > 9 || subjectWords.some((word) => /[;:()]/.test(word))) return undefined;
  const subject = options.lowerInitial(subjectWords.join(" "));
  const rest = words.slice(verb.index + 1);
  // A second finite verb ("dies and is succeeded", "was killed and three were injured") would need
  // rewriting too: leave those alone.
  if (/\b(?:is|are|was|were|has|have)\b/.test(rest.join(" "))) return undefined;
  if (verb.form.kind === "passive") return `${options.questionWords} ${verb.form.auxiliary} ${subject} ${rest.join(" ")}?`;
  // "drove a vehicle ... and detonated it" -> "drive a vehicle ... and detonate it".
  const coordinated = rest.map((word, index) => (index > 0 && rest[index - 1] === "and" ? (PAST_TO_BASE.get(word) ?? THIRD_PERSON_TO_BASE.get(word) ?? word) : word));
  return `${options.questionWords} did ${subject} ${verb.form.base} ${coordinated.join(" ")}?`;
}

type VerbForm = { kind: "passive"; auxiliary: string } | { kind: "active"; base: string };

const DETERMINERS = /^(?:a|an|the|his|her|its|their|this|that|these|those|some|many|several|\d+)$/i;
const AUXILIARIES = /^(?:was|were|is|are|had|has|have)$/;

/** The first word that is the sentence's finite verb, checked against the lexicon. */
function findMainVerb(words: readonly string[]): { index: number; form: VerbForm } | undefined {
  for (let index = 1; index < Math.min(words.length - 1, 11); index++) {
    const word = words[index]!;
    const previous = words[index - 1]!;
    const next = words[index + 1];
    if (/^(?:was|were|is|are)$/.test(word)) {
      const adverb = next !== undefined && /ly$/.test(next) ? 1 : 0;
      const participle = words[index + 1 + adverb];
      if (participle === undefined || !PARTICIPLE_TO_BASE.has(participle)) return undefined;
      return { index, form: { kind: "passive", auxiliary: word === "is" ? "was" : word === "are" ? "were" : word } };
    }
    // A word before an auxiliary or another verb is a noun ("bombs were", "forces conducted").
    if (DETERMINERS.test(previous) || (next !== undefined && (AUXILIARIES.test(next) || PAST_TO_BASE.has(next)))) continue;
    const past = PAST_TO_BASE.get(word);
    if (past !== undefined && past !== "be" && past !== "have") return { index, form: { kind: "active", base: past } };
    const third = THIRD_PERSON_TO_BASE.get(word);
    if (third !== undefined && third !== "be" && third !== "have" && !/s,?$/.test(previous)) return { index, form: { kind: "active", base: third } };
    if (BASE_FORMS.has(word) && /s$|^(?:gunmen|people|police|men)$/i.test(previous)) return { index, form: { kind: "active", base: word } };
  }
  return undefined;
}


/** The clause with its main verb in the past tense ("is completed" -> "was completed", "defeats" -> "defeated"), or unchanged. */
export function toPastTense(clause: string): string {
  const words = clause.split(" ");
  const verb = findMainVerb(words);
  if (verb === undefined) return clause;
  const word = words[verb.index]!;
  const rest = words.slice(verb.index + 1);
  // "dies and is succeeded": a second finite verb in another shape; keep the sentence as written.
  if (/\b(?:is|are|was|were|has|have)\b/.test(rest.join(" "))) return clause;
  if (verb.form.kind === "passive") words[verb.index] = verb.form.auxiliary;
  else if (!PAST_TO_BASE.has(word)) {
    words[verb.index] = pastFormOf(verb.form.base);
    // "makes the pilgrimage ... and passes through" -> "made ... and passed through"; "gunmen attack
    // the hotel and take hostages" -> "attacked ... and took hostages".
    const presentPlural = BASE_FORMS.has(word);
    for (let index = verb.index + 2; index < words.length; index++) {
      const next = words[index]!;
      // A base form after "and" is a verb only with an object after it ("and take guests", not "the town and base of").
      const object = words[index + 1];
      const plural = presentPlural && BASE_FORMS.has(next) && object !== undefined && !/^(?:of|in|at|on|near|and|or|to|for|from)$|[,;:.]$/.test(object) && !/[,;:.]$/.test(next);
      const base = words[index - 1] === "and" ? (THIRD_PERSON_TO_BASE.get(next) ?? (plural ? next : undefined)) : undefined;
      if (base !== undefined && base !== "be" && base !== "have") words[index] = pastFormOf(base);
    }
  }
  return words.join(" ");
}

function pastFormOf(base: string): string {
  return IRREGULAR[base]?.[0] ?? pastOf(base);
}
