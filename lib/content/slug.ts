// Letters that Unicode does not decompose into an ASCII base letter plus a combining mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ð: "d", ł: "l", þ: "th", ı: "i", ħ: "h",
};

/** Lowercase ASCII words joined by single hyphens, diacritics stripped: "Mali Empire" -> "mali-empire", "Aïr" -> "air". Apostrophes join ("Jama'at" -> "jamaat"). May be "" for text with no Latin letters or digits. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßæœøđðłþıħ]/g, (letter) => SPECIAL_LETTERS[letter] ?? "")
    .replace(/['’ʼ‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
