// The infobox as the reader shows it. The model keeps every field as written (content/README.md),
// and two things in it read wrongly when printed as they are:
// - a language field ("Native Name Lang: ar") says which language another field ("Native Name") is
//   written in: it becomes that field's `lang`, not a row;
// - a value whose range lost one end ("–present", "2002–") would print a dangling en dash: it is
//   shown as words that say what is known, and a value that is only a dash is not shown.
import type { InfoboxField, InfoboxValue } from "./types";

export type InfoboxDisplayValue = {
  text: string;
  /** The period as written, without parentheses ("2012–2017"). */
  periodText?: string;
  depth: number;
  /** Offset of the value in the source; unique within a field, a React key. */
  start: number;
  /** The value's language (BCP 47), from the field's language field. */
  lang?: string;
  /** Why the value looks damaged, for a tooltip. */
  damaged?: string;
};

export type InfoboxRow = { key: string; line: number; values: InfoboxDisplayValue[] };

/** "Native Name Lang", "native_name_lang" -> "native name". */
const LANGUAGE_KEY = /^(.*\S)[\s_]+lang$/i;
/** A language tag: "ar", "fr", "zh-Hant", "sr-Latn-RS". */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/i;
/** One end of a range: a year, a decade ("1590s"), either approximate ("c. 1998"), or "present". */
const RANGE_END = String.raw`(?:c\.\s*|circa\s+)?\d{3,4}s?`;
const MISSING_START = new RegExp(String.raw`^[–-]\s*(present|${RANGE_END})$`, "i");
const MISSING_END = new RegExp(String.raw`^(${RANGE_END})\s*[–-]$`, "i");
const ONLY_DASHES = /^[–—-]+$/;

const normaliseKey = (key: string) => key.toLowerCase().replace(/[\s_]+/g, " ").trim();

function languageTag(field: InfoboxField): string | undefined {
  const tag = field.values.length === 1 ? field.values[0]?.text : undefined;
  if (!tag || !LANGUAGE_TAG.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined; // well-formed to the pattern but not a valid tag ("ab-cd-ef"): not a language field
  }
}

/** The language of each field that has a language field, by normalised key; and the language fields themselves. */
function readLanguages(fields: readonly InfoboxField[]): { languages: Map<string, string>; languageFields: Set<InfoboxField> } {
  const keys = new Set(fields.map((field) => normaliseKey(field.key)));
  const languages = new Map<string, string>();
  const languageFields = new Set<InfoboxField>();
  for (const field of fields) {
    const base = LANGUAGE_KEY.exec(field.key)?.[1];
    const tag = languageTag(field);
    if (base === undefined || tag === undefined) continue;
    languageFields.add(field);
    // The field it names may be missing (the article kept only the language); the row still goes.
    if (keys.has(normaliseKey(base))) languages.set(normaliseKey(base), tag);
  }
  return { languages, languageFields };
}

/** The language of the article's native name ("Native Name Lang: ar" -> "ar"), even when the native name itself is missing. */
export function nativeNameLanguage(fields: readonly InfoboxField[]): string | undefined {
  const field = fields.find((candidate) => normaliseKey(candidate.key) === "native name lang");
  return field ? languageTag(field) : undefined;
}

/**
 * A range that lost one end, in words ("–present" -> "ongoing"), with `note` saying which end is not
 * given; the text itself when it is not such a range.
 */
function rangeInWords(text: string, note: boolean): string {
  const missingStart = MISSING_START.exec(text);
  if (missingStart) {
    const end = missingStart[1] ?? "";
    return (/^present$/i.test(end) ? "ongoing" : `until ${end}`) + (note ? " (start date not given)" : "");
  }
  const missingEnd = MISSING_END.exec(text);
  if (missingEnd) return `from ${missingEnd[1]}` + (note ? " (end date not given)" : "");
  return text;
}

/** The value's text without a dangling dash; null when nothing is left to show. */
function displayText(value: InfoboxValue): string | null {
  const text = value.text.trim();
  if (ONLY_DASHES.test(text)) return null;
  // "Ansaru (–2017)": a name with its period in brackets, written into the value.
  const bracketed = /^(.*\S)\s*\(([^()]*)\)$/.exec(text);
  if (bracketed) {
    const [, name = "", period = ""] = bracketed;
    const inWords = displayPeriod(period);
    if (inWords === undefined) return name;
    if (inWords !== period.trim()) return `${name} (${inWords})`;
  }
  return rangeInWords(text, true);
}

/** A value's period ("Ansaru (–2017)") in words, shown in brackets after it: "until 2017". */
function displayPeriod(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === "" || ONLY_DASHES.test(trimmed)) return undefined;
  return rangeInWords(trimmed, false);
}

/** The rows the reader's infobox shows, in source order. */
export function infoboxRows(fields: readonly InfoboxField[]): InfoboxRow[] {
  const { languages, languageFields } = readLanguages(fields);
  const rows: InfoboxRow[] = [];
  for (const field of fields) {
    if (languageFields.has(field)) continue;
    const lang = languages.get(normaliseKey(field.key));
    const values: InfoboxDisplayValue[] = [];
    for (const value of field.values) {
      const text = displayText(value);
      if (text === null) continue;
      const periodText = value.period ? displayPeriod(value.period.text) : undefined;
      values.push({
        text,
        depth: value.depth,
        start: value.start,
        ...(periodText ? { periodText } : {}),
        ...(lang ? { lang } : {}),
        ...(value.damaged ? { damaged: value.damaged } : {}),
      });
    }
    if (values.length > 0) rows.push({ key: field.key, line: field.line, values });
  }
  return rows;
}
