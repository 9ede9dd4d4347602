import type { AcronymDefinition } from "../answers/acronyms";
import { normaliseAnswer } from "../answers/normalise-answer";
import type { Article } from "../content/types";

/** How prompts refer to the article's subject, learnt from the title and the first sentence of the lead. */
export type Subject = {
  /** Mid-sentence form: "NATO", "the Roman Empire". */
  name: string;
  /** Sentence-initial form: "NATO", "The Roman Empire". */
  capitalised: string;
  possessive: string;
  /** The lead's head noun: "organization", "empire", "conflict". */
  headNoun: string | undefined;
  /** The general class used in "Which {class} preceded X?": "organization", "state", "conflict", or undefined. */
  classNoun: string | undefined;
  tense: "present" | "past";
  /** Matches phrases that refer to the subject ("the group", "the terrorist group", "this group"). */
  selfReference: RegExp | undefined;
};

const CLASS_OF_HEAD_NOUN: Readonly<Record<string, string>> = {
  organization: "organization",
  organisation: "organisation",
  group: "organization",
  movement: "organization",
  party: "organization",
  company: "company",
  empire: "state",
  kingdom: "state",
  state: "state",
  caliphate: "state",
  sultanate: "state",
  dynasty: "state",
  republic: "state",
  country: "state",
  war: "conflict",
  conflict: "conflict",
  insurgency: "conflict",
  rebellion: "conflict",
  battle: "conflict",
  campaign: "conflict",
  uprising: "conflict",
};

/** Nouns that can stand for a subject of each class in running text ("the group" for an organization). */
const SELF_NOUNS_OF_CLASS: Readonly<Record<string, readonly string[]>> = {
  organization: ["organization", "organisation", "group", "movement"],
  organisation: ["organization", "organisation", "group", "movement"],
  company: ["company", "firm"],
  state: ["empire", "kingdom", "state", "caliphate", "sultanate"],
  conflict: ["war", "conflict"],
};

const SELF_ADJECTIVES = "terrorist|militant|armed|jihadist|islamist|rebel";

const STOP_AFTER_HEAD = new Set(["of", "in", "on", "at", "that", "which", "who", "active", "based", "with", "from", "and", "or", "for", "to", "by"]);

export function describeSubject(article: Article, acronyms: readonly AcronymDefinition[], source: string): Subject {
  const title = article.title.trim();
  const firstLead = article.sentences.find((sentence) => sentence.sectionId === article.sections[0]?.id && !sentence.damaged);
  const leadText = firstLead?.text ?? "";

  const titleKey = normaliseAnswer(title);
  const acronym = acronyms.find((definition) => normaliseAnswer(definition.expansion) === titleKey)?.acronym;
  const acronymUses = acronym === undefined ? 0 : (source.match(new RegExp(`\\b${acronym}\\b`, "g")) ?? []).length;
  const usesArticle = new RegExp(`^The ${escapeRegExp(title)}\\b`).test(leadText) || new RegExp(`\\bthe ${escapeRegExp(title)}\\b`).test(source);

  let name = title;
  let capitalised = title;
  if (acronym !== undefined && acronymUses >= 3) {
    name = acronym;
    capitalised = acronym;
  } else if (usesArticle) {
    name = `the ${title}`;
    capitalised = `The ${title}`;
  }

  const copula = leadText.match(/\b(is|was|are|were) (?:an?|the|one of the) ([^.;:]*)/);
  const tense = copula?.[1] === "was" || copula?.[1] === "were" ? "past" : "present";
  const headNoun = copula ? readHeadNoun(copula[2]!) : undefined;
  const classNoun = headNoun === undefined ? undefined : CLASS_OF_HEAD_NOUN[headNoun];
  const selfNouns = classNoun === undefined ? (headNoun === undefined ? [] : [headNoun]) : [...(SELF_NOUNS_OF_CLASS[classNoun] ?? []), headNoun!];
  const selfReference =
    selfNouns.length === 0
      ? undefined
      : new RegExp(`\\b(?:[Tt]he|[Tt]his) (?:(?:${SELF_ADJECTIVES}) )?(?:${[...new Set(selfNouns)].join("|")})\\b(?!\\s+(?:[A-Z]|of\\b))`, "g");

  return { name, capitalised, possessive: `${name}'s`, headNoun, classNoun, tense, selfReference };
}

/** The head noun of "militant organization (of the X network) active in ...": the last word before a stop. */
function readHeadNoun(phrase: string): string | undefined {
  const words = phrase.split(/\s+/);
  let head: string | undefined;
  for (const raw of words) {
    if (/^[(,]/.test(raw)) break;
    const word = raw.replace(/[(),.]+$/, "");
    if (STOP_AFTER_HEAD.has(word.toLowerCase()) || (head !== undefined && /^[a-z]+ed$/.test(word))) break;
    if (/^[a-z]+$/.test(word)) head = word;
    if (/[(),]$/.test(raw)) break;
  }
  return head;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
