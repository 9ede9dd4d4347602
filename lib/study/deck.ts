import { refersToChoices } from "@/lib/questions/prompt-text";
import type { Question } from "@/lib/questions/schema";
import { sameSourceItem, sectionOf } from "./draw-quiz";
import { factKeyOf } from "./fact-key";

/** One fact of an article, reviewed as a flashcard through its representative question. */
export type DeckFact = { factKey: string; section: string; question: SingleAnswerQuestion; order: number };

type SingleAnswerQuestion = Extract<Question, { answer: string }>;

// Which question of a fact makes the best card: a written flashcard, then a cloze (the sentence
// with its gap), then the typed and multiple-choice kinds; a true/false statement makes the worst.
const CARD_PREFERENCE: Question["kind"][] = ["flashcard", "cloze", "infobox-fact", "timeline-date", "timeline-event", "list-membership", "true-false"];

function hasSingleAnswer(question: Question): question is SingleAnswerQuestion {
  return typeof question.answer === "string";
}

/**
 * Whether a question's prompt, shown alone on a card, asks for exactly its answer. A list-membership
 * question asks for one member of a list ("Which of these is listed among X's allies?"): without its
 * choices every other member answers it too, however it is worded. Any prompt that points at choices
 * ("which of these", "which of the following", an instructor's edit included) needs them. Nor is a
 * false statement a card. A fact whose questions all fail this gets no card; quiz answers still
 * review it.
 */
function standsAloneAsCard(question: SingleAnswerQuestion): boolean {
  if (question.kind === "list-membership" || refersToChoices(question.prompt)) return false;
  // A false statement on a card ("X is listed among the opponents." / False) has the learner
  // rehearse the wrong association every day; a quiz asks it once, then explains it.
  return !(question.kind === "true-false" && question.answer === "False");
}

/** The article's facts in article order, each with the question that shows it best as a card. */
export function buildDeck(questions: readonly Question[]): DeckFact[] {
  const facts = new Map<string, DeckFact>();
  for (const question of questions) {
    if (!hasSingleAnswer(question) || !standsAloneAsCard(question)) continue;
    const factKey = factKeyOf(question);
    if (!factKey) continue;
    const current = facts.get(factKey);
    if (!current || CARD_PREFERENCE.indexOf(question.kind) < CARD_PREFERENCE.indexOf(current.question.kind)) {
      facts.set(factKey, { factKey, section: sectionOf(question), question, order: question.source.start });
    }
  }
  return [...facts.values()].sort((a, b) => a.order - b.order || a.factKey.localeCompare(b.factKey));
}

/** The back of a card: the answer as a learner would say it. */
export function cardBack(question: SingleAnswerQuestion): string {
  return question.answer;
}

/**
 * Today's queue with sibling cards buried, as Anki buries the other cards of a note: a fact's card
 * waits for another day when a card about the same source item comes earlier in the queue, or when
 * such a fact was reviewed today (a flashcard or a quiz answer: either showed the sentence, which
 * answers its sibling). A card's own review today does not bury it (learning steps bring it back).
 */
export function burySiblings<Entry extends { fact: DeckFact }>(queue: readonly Entry[], reviewedToday: ReadonlySet<string>, deck: readonly DeckFact[]): { kept: Entry[]; buried: Entry[] } {
  const seenToday = deck.filter((fact) => reviewedToday.has(fact.factKey));
  const kept: Entry[] = [];
  const buried: Entry[] = [];
  for (const entry of queue) {
    const sibling = (other: DeckFact) => other.factKey !== entry.fact.factKey && sameSourceItem(other.question, entry.fact.question);
    if (seenToday.some(sibling) || kept.some((earlier) => sibling(earlier.fact))) buried.push(entry);
    else kept.push(entry);
  }
  return { kept, buried };
}

/**
 * How many of the learner's cards the day still holds: those due before `endOfToday`, soonest first,
 * less the siblings burySiblings leaves for another day. This is what the flashcard queue will show
 * over the rest of the day (new cards apart), so the study pages count the same way.
 */
export function cardsDueToday(deck: readonly DeckFact[], cards: readonly { factKey: string; due: Date }[], reviewedToday: ReadonlySet<string>, endOfToday: Date): number {
  const factByKey = new Map(deck.map((fact) => [fact.factKey, fact]));
  const due = cards
    .filter((card) => card.due.getTime() < endOfToday.getTime())
    .sort((a, b) => a.due.getTime() - b.due.getTime())
    .flatMap((card) => {
      const fact = factByKey.get(card.factKey);
      return fact ? [{ fact }] : [];
    });
  return burySiblings(due, reviewedToday, deck).kept.length;
}
