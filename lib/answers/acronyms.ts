import { normaliseAnswer } from "./normalise-answer";

// Acronyms an article defines ("North Atlantic Treaty Organization (NATO)"), found from the text
// alone so that a typed "NATO" is accepted wherever the long form is the answer, and back.

export type AcronymDefinition = {
  acronym: string;
  expansion: string;
  /** Offsets into the text that was searched. */
  acronymStart: number;
  expansionStart: number;
  expansionEnd: number;
};

// Words an acronym usually skips, in the languages organisation names arrive in (English, French,
// Spanish, German, transliterated Arabic). They may be matched but need not be.
const FUNCTION_WORDS = new Set(
  (
    "a an and at by for from in of on the to with de des du la le les l pour et au aux en el al ul wa wal fi bin ibn " +
    "y del da do das dos der die und von"
  ).split(" "),
);

const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{0,8}[A-Z]s?$/;

type WordPart = { initial: string; isFunction: boolean; wordIndex: number };
type Word = { text: string; start: number };

/** All acronym definitions in `text`, first occurrence of each acronym/expansion pair only. */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const definitions: AcronymDefinition[] = [];
  const seen = new Set<string>();
  const add = (definition: AcronymDefinition | undefined) => {
    if (definition === undefined) return;
    const key = `${definition.acronym}\u0000${normaliseAnswer(definition.expansion)}`;
    if (seen.has(key)) return;
    seen.add(key);
    definitions.push(definition);
  };

  // "Long Form (ACR" and "Long Form (ACR, ...)": the acronym opens the parenthesis.
  for (const match of text.matchAll(/\(([A-Z][A-Za-z]{1,9})(?=[),;])/g)) {
    const acronym = match[1]!;
    if (!ACRONYM.test(acronym)) continue;
    add(defineFromWordsBefore(text, match.index, acronym, match.index + 1));
  }
  // "Long Form (...), or ACR": an alternative name after a parenthetical.
  for (const match of text.matchAll(/\)\s*,\s*or\s+([A-Z][A-Za-z]{1,9})\b/g)) {
    const acronym = match[1]!;
    if (!ACRONYM.test(acronym)) continue;
    const open = findMatchingOpen(text, match.index);
    if (open === undefined) continue;
    add(defineFromWordsBefore(text, open, acronym, match.index + match[0].length - acronym.length));
  }
  // "ACR (Long Form)": the expansion follows inside the parenthesis.
  for (const match of text.matchAll(/\b([A-Z][A-Za-z]{1,9}) \(([^()]{3,120})\)/g)) {
    const acronym = match[1]!;
    if (!ACRONYM.test(acronym)) continue;
    const innerStart = match.index + match[0].indexOf("(") + 1;
    const words = readWords(match[2]!, innerStart);
    add(alignWindow(words, 0, acronym, match.index, text));
  }
  return definitions;
}

function findMatchingOpen(text: string, closeIndex: number): number | undefined {
  let depth = 0;
  for (let index = closeIndex; index >= 0; index--) {
    const character = text[index];
    if (character === ")") depth++;
    else if (character === "(") {
      depth--;
      if (depth === 0) return index;
    }
  }
  return undefined;
}

function readWords(text: string, offset: number): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu)].map((match) => ({ text: match[0], start: offset + match.index }));
}

function defineFromWordsBefore(text: string, end: number, acronym: string, acronymStart: number): AcronymDefinition | undefined {
  const windowStart = Math.max(0, end - 160);
  // Only the current clause: stop at sentence punctuation or an earlier parenthesis.
  const before = text.slice(windowStart, end);
  const clauseBreak = Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf(")"), before.lastIndexOf("("));
  const clauseStart = windowStart + clauseBreak + 1;
  const words = readWords(text.slice(clauseStart, end), clauseStart);
  const letters = acronym.replace(/s$/, "").length;
  for (let first = words.length - 1; first >= Math.max(0, words.length - letters * 2 - 3); first--) {
    const definition = alignWindow(words, first, acronym, acronymStart, text);
    if (definition !== undefined) return definition;
  }
  return undefined;
}

function splitParts(words: Word[], first: number): WordPart[] {
  const parts: WordPart[] = [];
  for (let wordIndex = first; wordIndex < words.length; wordIndex++) {
    for (const part of words[wordIndex]!.text.split(/['’\-]/)) {
      if (part === "") continue;
      parts.push({ initial: part[0]!.toLowerCase(), isFunction: FUNCTION_WORDS.has(part.toLowerCase()), wordIndex });
    }
  }
  return parts;
}

/** A definition if `words[first..]` spells the acronym, in order or (for translated names) as a permutation. */
function alignWindow(words: Word[], first: number, acronym: string, acronymStart: number, text: string): AcronymDefinition | undefined {
  const letters = acronym.replace(/s$/, "").toLowerCase();
  const window = words.slice(first);
  if (window.length === 0) return undefined;
  const firstWord = window[0]!.text;
  if (FUNCTION_WORDS.has(firstWord.toLowerCase())) return undefined;
  const parts = splitParts(words, first);
  const contentWords = window.filter((word) => !FUNCTION_WORDS.has(word.text.toLowerCase()));
  const lastWord = window[window.length - 1]!;
  const inOrder = parts[0]?.initial === letters[0] && alignInOrder(parts, letters, 0, 0, 0, words.length - 1);
  const permuted =
    contentWords.length === letters.length &&
    contentWords.every((word) => /^\p{Lu}/u.test(word.text)) &&
    [...letters].sort().join("") === contentWords.map((word) => word.text[0]!.toLowerCase()).sort().join("");
  if (!inOrder && !permuted) return undefined;
  const expansionStart = window[0]!.start;
  const expansionEnd = lastWord.start + lastWord.text.length;
  return { acronym, expansion: text.slice(expansionStart, expansionEnd), acronymStart, expansionStart, expansionEnd };
}

/**
 * Letters must be matched in order by part initials; function words may be skipped freely, at
 * most one content word may be skipped, and the last word must supply the last letter.
 */
function alignInOrder(parts: WordPart[], letters: string, partIndex: number, letterIndex: number, skipped: number, lastWordIndex: number, matchedWordIndex = -1): boolean {
  if (letterIndex === letters.length) return matchedWordIndex === lastWordIndex;
  if (partIndex === parts.length) return false;
  const part = parts[partIndex]!;
  if (part.initial === letters[letterIndex] && alignInOrder(parts, letters, partIndex + 1, letterIndex + 1, skipped, lastWordIndex, part.wordIndex)) return true;
  // A word's later parts (the "Hamra" of "al-Hamra") are optional, like function words.
  const isLaterPart = partIndex > 0 && parts[partIndex - 1]!.wordIndex === part.wordIndex;
  if (part.isFunction || isLaterPart) return alignInOrder(parts, letters, partIndex + 1, letterIndex, skipped, lastWordIndex, matchedWordIndex);
  const wordWasMatched = matchedWordIndex === part.wordIndex;
  if (!wordWasMatched && skipped < 1 && partIndex > 0 && part.wordIndex !== lastWordIndex) {
    return alignInOrder(parts, letters, partIndex + 1, letterIndex, skipped + 1, lastWordIndex, matchedWordIndex);
  }
  return false;
}

/**
 * Whether the whole of `name` spells `acronym` in order, as a definition would have to (function
 * words and a word's later parts optional, no content word skipped): "Jama'a Nusrat ul-Islam wa
 * al-Muslimin" spells JNIM. For a second long form the article writes without the acronym beside it.
 */
export function spellsAcronym(name: string, acronym: string): boolean {
  const letters = acronym.replace(/s$/, "").toLowerCase();
  if (!ACRONYM.test(acronym) || letters.length < 3) return false;
  const words = readWords(name, 0);
  if (words.length === 0 || FUNCTION_WORDS.has(words[0]!.text.toLowerCase())) return false;
  const parts = splitParts(words, 0);
  // `skipped` starts at its limit: no content word may be left out.
  return parts[0]?.initial === letters[0] && alignInOrder(parts, letters, 0, 0, 1, words.length - 1);
}

/**
 * Other spellings of `answer` the article itself defines: its acronym when the answer is the long
 * form, and the long form(s) when the answer is the acronym.
 */
export function acronymVariants(answer: string, definitions: readonly AcronymDefinition[]): string[] {
  const normalised = normaliseAnswer(answer);
  const variants: string[] = [];
  for (const definition of definitions) {
    if (normaliseAnswer(definition.expansion) === normalised) variants.push(definition.acronym);
    else if (definition.acronym === answer.trim()) variants.push(definition.expansion);
  }
  return [...new Set(variants)];
}
