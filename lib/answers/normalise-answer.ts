import { formatDateValue, readDateValue, readNumberValue } from "./answer-values";

// The one answer normaliser (house style: one way to do each thing). Every comparison of a typed
// or chosen answer with an expected one goes through `normaliseAnswer`.

const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/** Lower case without diacritics ("Qaïda" -> "qaida") and with the few letters NFKD cannot split folded. */
export function foldLetters(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTER_FOLDS[letter] ?? letter);
}

const APOSTROPHES = /['’‘ʼʻ`´]/g;
const DASHES = /[‐‑‒–—―−-]/g;

/**
 * Canonical form of an answer: case, diacritics, punctuation, dashes and a leading "the" do not
 * matter; a whole-string date becomes ISO ("2007-04-11"), a whole-string number its value
 * ("3,000" -> "3000", "90 per cent" -> "90%").
 */
export function normaliseAnswer(text: string): string {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const result = computeNormalisedAnswer(text);
  // A bounded memo: generation normalises the same names thousands of times.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}

const CACHE_LIMIT = 20_000;
const cache = new Map<string, string>();

function computeNormalisedAnswer(text: string): string {
  const folded = foldLetters(text).replace(APOSTROPHES, "").replace(/\s+/g, " ").trim();
  const unwrapped = folded.replace(/[.!?;:]+$/, "").trim();

  const date = readDateValue(unwrapped.replace(DASHES, "-"));
  if (date !== undefined) return formatDateValue(date);
  const number = readNumberValue(unwrapped.replace(DASHES, "-"));
  if (number !== undefined) return `${number.value}${number.percent ? "%" : ""}`;
  return normaliseWords(unwrapped);
}

/**
 * Text for finding one phrase inside another, folded as normaliseAnswer folds it but with dates and
 * numbers left as words ("13 March 2016" -> "13 march 2016"), as they read inside a sentence.
 */
export function normaliseText(text: string): string {
  return normaliseWords(foldLetters(text).replace(APOSTROPHES, "").replace(/\s+/g, " ").trim());
}

function normaliseWords(unwrapped: string): string {
  return unwrapped
    .replace(/&/g, " and ")
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(DASHES, " ")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}
