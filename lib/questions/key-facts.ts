import { findNumberMentions } from "./numbers";
import { findDateMentions } from "./dates";
import { areAliases, type GenerationContext } from "./context";
import { profileForKey } from "./infobox-keys";

// The key facts of an article, from its structure: every askable infobox field, every dated
// timeline entry, every acronym the text defines, and every lead sentence that names something
// (a person, place, organisation, date or number). Coverage = facts tested by at least one
// question that is not a flashcard.

export type KeyFact = { id: string; label: string };

export function listKeyFacts(context: GenerationContext): KeyFact[] {
  const facts: KeyFact[] = [];
  for (const field of context.article.infobox) {
    const profile = profileForKey(field.key);
    if (profile.style === "skip") continue;
    if (!field.values.some((value) => !value.damaged)) continue;
    facts.push({ id: `infobox:${field.key}`, label: `Infobox “${field.key}”` });
  }
  for (const event of context.timeline) facts.push({ id: `timeline:${event.id}`, label: `${event.dateText}: ${event.body.slice(0, 60)}` });
  // Acronyms of proper names, other than the subject's own: "NATO", not "IED" or the article's own.
  const acronyms = new Set(
    context.acronyms
      .filter((definition) => /^\p{Lu}/u.test(definition.expansion) && definition.acronym !== context.subject.name && !areAliases(definition.expansion, context.article.title, "organisation"))
      .map((definition) => definition.acronym),
  );
  for (const acronym of acronyms) facts.push({ id: `acronym:${acronym}`, label: `Acronym ${acronym}` });
  const lead = context.article.sections.find((section) => section.level === 1);
  for (const sentence of context.article.sentences) {
    if (sentence.sectionId !== lead?.id || sentence.damaged) continue;
    const names = context.entities.namesIn(sentence.id).filter((name) => name.info.type !== "other");
    const dates = findDateMentions(sentence.text, sentence.start);
    const numbers = findNumberMentions(sentence.text, sentence.start, dates);
    if (names.length + dates.length + numbers.length === 0) continue;
    facts.push({ id: `lead:${sentence.id}`, label: `Lead: ${sentence.text.slice(0, 60)}` });
  }
  return facts;
}

export type Coverage = { covered: KeyFact[]; missing: KeyFact[]; ratio: number };

export function measureCoverage(facts: readonly KeyFact[], testedFactIds: ReadonlySet<string>): Coverage {
  const covered = facts.filter((fact) => testedFactIds.has(fact.id));
  const missing = facts.filter((fact) => !testedFactIds.has(fact.id));
  return { covered, missing, ratio: facts.length === 0 ? 1 : covered.length / facts.length };
}
