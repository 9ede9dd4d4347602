const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether `phrase` occurs in `text` with no letter or digit touching either end. Dynamic regular
 * expressions with Unicode classes are slow to compile, and generation checks thousands of phrases.
 */
export function containsWord(text: string, phrase: string): boolean {
  if (phrase === "") return false;
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0) return false;
    const before = at === 0 ? "" : text[at - 1]!;
    const after = text[at + phrase.length] ?? "";
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) return true;
    from = at + 1;
  }
}
