// Runs of text in a script other than Latin inside English prose ("al-Qaeda in the Lands of the
// Islamic Maghreb (تنظيم القاعدة في بلاد المغرب الإسلامي, ...)"), so that the reader can isolate a
// right-to-left run (dir="rtl") and give it a language a screen reader can read it in. The format
// does not say which language a run is in; the article's native-name language ("Native Name Lang: ar")
// is taken for runs in that language's script, and other runs get no lang.

export type TextRun = { text: string; script?: string; lang?: string; dir?: "rtl" };

/** ISO 15924 codes, as Unicode property values. Latin and Common text is not a run of its own. */
const SCRIPTS = [
  "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Tfng", "Ethi", "Cyrl", "Grek", "Armn", "Geor",
  "Deva", "Beng", "Taml", "Thai", "Hani", "Hira", "Kana", "Hang",
] as const;
const RIGHT_TO_LEFT = new Set<string>(["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm"]);

/**
 * One group per script: a word in the script, and more words of it after spaces, joiners, dashes,
 * digits or punctuation between them ("جبهة الساحل - الصحراء", "אל-קאעידה"), so that a right-to-left
 * phrase is one isolated run and reads in its own order. A run starts and ends with a word.
 */
const RUNS = new RegExp(
  SCRIPTS.map((script) => {
    const word = `\\p{Script=${script}}[\\p{scx=${script}}\\p{M}]*`;
    return `(${word}(?:[\\s\\u200c\\u200d\\p{Pd}\\p{Nd}.,:;'"«»،؛]+${word})*)`;
  }).join("|"),
  "gu",
);

/** The script a language is usually written in ("ar" -> "Arab"); undefined when unknown. */
function scriptOf(lang: string): string | undefined {
  try {
    const script = new Intl.Locale(lang).maximize().script;
    return script === "Hans" || script === "Hant" ? "Hani" : script;
  } catch {
    return undefined;
  }
}

/** Splits text into plain runs and runs in a non-Latin script; `nativeLanguage` labels runs in its script. */
export function splitScriptRuns(text: string, nativeLanguage?: string): TextRun[] {
  const nativeScript = nativeLanguage ? scriptOf(nativeLanguage) : undefined;
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(RUNS)) {
    const groupIndex = match.slice(1).findIndex((group) => group !== undefined);
    const script = SCRIPTS[groupIndex];
    if (script === undefined) continue;
    const start = match.index;
    if (start > last) runs.push({ text: text.slice(last, start) });
    runs.push({
      text: match[0],
      script,
      ...(nativeLanguage && script === nativeScript ? { lang: nativeLanguage } : {}),
      ...(RIGHT_TO_LEFT.has(script) ? { dir: "rtl" as const } : {}),
    });
    last = start + match[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last) });
  return runs;
}
