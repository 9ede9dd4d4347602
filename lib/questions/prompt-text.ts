import type { Subject } from "./subject";

// Turning source sentences into prompt text, and recognising prompts that would only make sense
// next to the sentences around them.

const NON_LATIN = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Devanagari}\p{Script=Greek}\p{Script=Thai}\p{Script=Hangul}]/u;

/** Whether text contains a script the quiz cannot expect learners to read or type. */
export function hasNonLatinScript(text: string): boolean {
  return NON_LATIN.test(text);
}

/**
 * Prompt-ready text: parentheticals in other scripts or languages removed ("(تنظيم القاعدة ...)"),
 * spacing repaired. Offsets are not kept: prompts are shown, never sliced.
 */
export function tidyForPrompt(text: string): string {
  let result = text;
  // Innermost parentheses first, so nested ones are handled.
  for (let pass = 0; pass < 3; pass++) {
    result = result.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => (hasNonLatinScript(inner) || /^\s*(?:of|from|in) [a-z]/.test(inner) ? "" : whole));
  }
  return result
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/,\s*,/g, ",")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** Replaces "the group" / "the terrorist group" / "this group" with the subject's name. */
export function resolveSelfReferences(text: string, subject: Subject): string {
  if (subject.selfReference === undefined) return text;
  return text.replace(subject.selfReference, (_match, offset: number) => {
    const sentenceStart = offset === 0 || /[.!?:]\s*$/.test(text.slice(0, offset));
    return sentenceStart ? subject.capitalised : subject.name;
  });
}

/** Discourse openers that tie a sentence to the one before ("However, ", "To that end, "). */
const LINKING_OPENERS = /^(?:However|Also|Moreover|Furthermore|In addition|Additionally|Meanwhile|Thus|Therefore|Nevertheless|Nonetheless|Still|Instead|Similarly|Likewise|Consequently|As a result|To that end|In turn|Later|Then|Subsequently),\s+/;

export function dropLinkingOpener(text: string): string {
  const match = text.match(LINKING_OPENERS);
  if (!match) return text;
  const rest = text.slice(match[0].length);
  return rest[0]!.toUpperCase() + rest.slice(1);
}

/** "It is reported that X" -> "Reportedly, X": a prompt never opens with "It". */
export function rewriteImpersonalOpener(text: string): string {
  return text
    .replace(/^It is (?:reported|said|claimed|alleged|believed|thought) that /, "Reportedly, ")
    .replace(/^It is estimated that /, "By some estimates, ");
}

const EXPLETIVE_IT = /^It (?:is|was|has been|had been|remains|remained|seems|seemed|appears|appeared) (?:reported|estimated|believed|said|thought|claimed|alleged|known|unclear|likely|unlikely|possible|probable|clear|not known|widely)\b/;

const PRONOUN_START = /^(?:He|She|It|They|This|These|Those|That|His|Her|Its|Their|Them|Him|Such|Both|Another|Other|Others)\b/;

const ANAPHORIC_SUBJECT =
  /^(?:The|This|These|That|Those) (?:[a-z-]+ ){0,2}(?:driver|diplomats|captives|capture|kidnappings?|incident|attack|bulletin|declaration|victory|group|organization|organisation|mission|hostages|others?|rest|collaboration|deal|agreement|operation|plan|move|decision|event|events|report|statement|video|recording|offensive|battle|city|town|assembly|conflict|rebellion|rebels|government|movement|accused|members|men|fighters|couple|tourists|soldiers)\b/;

const ANAPHORIC_ANYWHERE =
  /\b(?:the same|the former|the latter|the other (?:four|three|two|five|tourists|hostages)|a day later|a month later|weeks later|days later|the following year|the incident|the collaboration|the three groups|the two groups|both groups|the accused|this group|these groups|the aforementioned|as mentioned|mentioned above)\b/i;

const PERSONAL_PRONOUN = /\b(?:he|him|his|she|her|hers|it)\b/;

/** "One was ...", "Three of the hostages ...": a number standing for things named before. */
const COUNT_REFERENCE = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|Most|All|None|Both|Each|Several)(?: of (?:the|them|these|those)\b| (?:was|were|is|are|had|has|have)\b)/;

/** Definite descriptions of something the previous sentence introduced ("the attack", "the video"). */
const ANAPHORIC_THE =
  /\bthe (?:attack|attacks|kidnapping|kidnappings|siege|video|recording|operation|incident|bombing|blast|ambush|raid|demonstrators|protesters|perpetrators|attackers|captives|hostages|victims|offensive|deal|collaboration|uprising|rebellion|declaration|assembly|battle|visit|retinue|city|town)\b(?! (?:of|on|in|at|against|for)\b)/;

const RELATIVE_PLACE = /\bthe (?:two|three|four|five|six|seven|eight|nine|ten) [a-z]+s\b|\b(?:to|in) the (?:north|south|east|west|north-east|north-west|south-east|south-west)\b(?! of\b)|\b(?:[Aa]|[Tt]he) (?:second|third|fourth|fifth|sixth|other|remaining|latter|former)\b|\bthe region\b(?! of\b)|(?<!later )\bthat (?:tradition|assembly|battle|period|time|event|movement|group|war|conflict|city|town|region|country|system|practice|era|decade|century|day|month|agreement|attack|operation|year)\b/;

/**
 * Why a prompt depends on context it does not show, or undefined when it stands on its own.
 * Checks the prompt's own sentence text (pass the text without any "Fill in the blank:" lead-in).
 */
export function findUnresolvedReference(text: string): string | undefined {
  const trimmed = text.trim().replace(/^["“]/, "");
  if (PRONOUN_START.test(trimmed)) return `starts with the pronoun "${trimmed.split(/\s/)[0]}"${EXPLETIVE_IT.test(trimmed) ? " (rewrite it, e.g. \"Reportedly, ...\")" : ""}`;
  const anaphoricSubject = trimmed.match(ANAPHORIC_SUBJECT);
  if (anaphoricSubject) return `starts with "${anaphoricSubject[0]}", which refers to an earlier sentence`;
  const anywhere = trimmed.match(ANAPHORIC_ANYWHERE) ?? trimmed.match(ANAPHORIC_THE) ?? trimmed.match(RELATIVE_PLACE);
  if (anywhere) return `"${anywhere[0]}" refers to an earlier sentence`;
  const count = trimmed.match(COUNT_REFERENCE);
  if (count) return `"${count[0]}" counts things named in an earlier sentence`;
  // "Prior to January 2007 it was known as ...": "it" as the subject right after an opening phrase.
  if (/^(?:In|On|By|Prior to|After|Before|During|Since|Until|From|At)\s[^,.;]{0,40}?,? it (?:was|is|had|has|would|will|became|remained)\b/.test(trimmed)) return `"it" has nothing before it to refer to`;
  const personal = trimmed.match(PERSONAL_PRONOUN);
  if (personal) {
    const before = trimmed.slice(0, personal.index);
    // A personal pronoun needs a name before it in the same text (a capitalised word not at the start, or a blank).
    if (!/(?:^|\s)\p{Lu}[\p{L}'’-]+[^.]*$/u.test(before.replace(/^\S+/, "")) && !before.includes("_")) {
      return `"${personal[0]}" has no name before it`;
    }
  }
  const plural = trimmed.match(/\b(?:they|them|their)\b/);
  if (plural && !/\b\p{Lu}[\p{L}'’-]+|\b[a-z]+s\b/u.test(trimmed.slice(0, plural.index))) return `"${plural[0]}" has nothing before it to refer to`;
  return undefined;
}

const CHOICE_REFERENCE =
  /\b(?:which|what|who|whom|whose)(?: one)? of (?:these|those|the following|the above|the (?:options|choices|answers))\b|\b(?:all|none|both|neither|each) of the (?:above|following|options|choices|answers)\b|\bthe (?:options|choices) (?:below|above|shown)\b|\bamong (?:these|the following)\b/i;

/**
 * Whether a prompt points at choices ("Which of these is listed among X's allies?", "which of the
 * following", "none of the above"): it cannot be asked without them, as the front of a flashcard is.
 */
export function refersToChoices(prompt: string): boolean {
  return CHOICE_REFERENCE.test(prompt);
}
