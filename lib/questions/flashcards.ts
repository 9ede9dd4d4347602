import { normaliseAnswer } from "../answers/normalise-answer";
import type { Candidate } from "./candidate";
import { sectionPathOf, type GenerationContext } from "./context";
import { capitaliseFirst, describeEvent } from "./event-text";
import { profileForKey } from "./infobox-keys";
import { hasNonLatinScript } from "./prompt-text";
import { countWords } from "./scoring";

// Flashcards: one card per key fact (single infobox facts, dated entries, acronyms, people's roles).
// The prompt is the front, the answer the back; both come from the article as written.

export function generateFlashcards(context: GenerationContext): Candidate[] {
  return [...infoboxCards(context), ...timelineCards(context), ...acronymCards(context), ...roleCards(context)];
}

function card(context: GenerationContext, front: string, back: string, origin: Candidate["origin"], variant: string, facts: string[], sentenceIds: string[], importance: number): Candidate {
  return {
    kind: "flashcard",
    prompt: front,
    answer: back,
    accepted: [],
    typeable: false,
    origin,
    notes: [],
    variant,
    features: { kindWeight: 0.82, importance, promptWords: countWords(front), distractorSource: "none", choiceCount: 0, penalties: countWords(back) > 25 ? [{ reason: "long back", weight: 0.15 }] : [] },
    facts,
    sentenceIds,
  };
}

function infoboxCards(context: GenerationContext): Candidate[] {
  const cards: Candidate[] = [];
  for (const field of context.article.infobox) {
    const profile = profileForKey(field.key);
    if (profile.style === "skip" || profile.fallback) continue;
    const values = field.values.filter((value) => !value.damaged && value.depth === 0);
    if (values.length !== 1) continue;
    const value = values[0]!;
    const entry = context.infobox.find((candidate) => candidate.value === value);
    const back = entry?.display ?? value.text;
    if (hasNonLatinScript(back)) continue;
    const front = `${context.subject.capitalised} — ${field.key.trim().toLowerCase()}`;
    const origin = { refId: `infobox:${field.key}`, sectionPath: ["Infobox"], textStart: field.start, textEnd: field.end, answerStart: value.start, answerEnd: value.start + back.length };
    cards.push(card(context, front, back, origin, "infobox", [`infobox:${field.key}`], [], 1));
  }
  return cards;
}

function timelineCards(context: GenerationContext): Candidate[] {
  const cards: Candidate[] = [];
  for (const event of context.timeline) {
    const first = context.sentences.get(event.sentenceIds[0] ?? "");
    if (!first || first.damaged) continue;
    const description = describeEvent(event);
    const front = `${context.subject.capitalised}, ${event.dateText}: what happened?`;
    const origin = { refId: event.id, sectionPath: sectionPathOf(context, event.sectionId), textStart: event.start, textEnd: event.end, answerStart: description.start, answerEnd: description.end };
    cards.push(card(context, front, capitaliseFirst(description.text), origin, "event", [`timeline:${event.id}`], event.sentenceIds.slice(0, 1), 0.8));
  }
  return cards;
}

function acronymCards(context: GenerationContext): Candidate[] {
  const cards: Candidate[] = [];
  const seen = new Set<string>();
  for (const definition of context.acronyms) {
    if (seen.has(definition.acronym) || definition.expansion.split(" ").length < 2) continue;
    // Only names ("North Atlantic Treaty Organization"), not common terms ("improvised explosive device").
    if (!/^\p{Lu}/u.test(definition.expansion)) continue;
    seen.add(definition.acronym);
    const sentence = context.article.sentences.find((candidate) => candidate.start <= definition.expansionStart && candidate.end >= definition.expansionEnd);
    if (!sentence || sentence.damaged) continue;
    const front = `What does ${definition.acronym} stand for?`;
    const origin = { refId: sentence.id, sectionPath: sectionPathOf(context, sentence.sectionId), textStart: sentence.start, textEnd: sentence.end, answerStart: definition.expansionStart, answerEnd: definition.expansionEnd };
    cards.push(card(context, front, definition.expansion, origin, `acronym:${definition.acronym}`, [`acronym:${definition.acronym}`], [sentence.id], 0.9));
  }
  return cards;
}

function roleCards(context: GenerationContext): Candidate[] {
  const cards: Candidate[] = [];
  const done: string[] = [];
  for (const role of context.entities.roles) {
    if (countWords(role.role) < 2 || done.some((person) => context.sameEntity(person, role.person, "person"))) continue;
    const sentence = context.sentences.get(role.sentenceId);
    if (!sentence || sentence.damaged || normaliseAnswer(role.role).includes(normaliseAnswer(role.person))) continue;
    done.push(role.person);
    const front = `Who ${context.subject.tense === "past" ? "was" : "is"} ${role.person}, according to the article?`;
    const origin = { refId: sentence.id, sectionPath: sectionPathOf(context, sentence.sectionId), textStart: sentence.start, textEnd: sentence.end, answerStart: role.roleStart, answerEnd: role.roleEnd };
    cards.push(card(context, front, capitaliseFirst(role.role), origin, `role:${role.person}`, [], [sentence.id], 0.6));
  }
  return cards;
}
