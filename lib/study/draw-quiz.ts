import type { Question, QuestionKind } from "@/lib/questions/schema";
import { normaliseAnswer, normaliseText } from "@/lib/answers/normalise-answer";
import { containsWord } from "@/lib/questions/text-match";
import { createRandom, shuffled, type Random } from "@/lib/questions/seeded-random";

export const MAX_QUIZ_QUESTIONS = 50;

export type QuizOptions = { count: number; sections?: readonly string[]; kinds?: readonly QuestionKind[] };

/** The top-level section a question belongs to ("Lead" for the article's opening). */
export function sectionOf(question: Pick<Question, "source">): string {
  return question.source.sectionPath[0] ?? "Lead";
}

/**
 * The top-level sections a question is about, for filtering by section: an ordering or matching
 * question is about the sections of all its items (a matching of people from "History" and
 * "Leadership" is in both), any other question about its source's.
 */
export function sectionsOf(question: Pick<Question, "source" | "evidence">): string[] {
  if (!question.evidence || question.evidence.length === 0) return [sectionOf(question)];
  return [...new Set(question.evidence.map((ref) => sectionOf({ source: ref })))];
}

/** The sections these questions are about, in article order (where each first has a question). */
export function sectionsInArticleOrder(questions: readonly Pick<Question, "source" | "evidence">[]): string[] {
  const firstAt = new Map<string, number>();
  const note = (ref: Question["source"]) => firstAt.set(sectionOf({ source: ref }), Math.min(firstAt.get(sectionOf({ source: ref })) ?? Infinity, ref.start));
  // Each item of an ordering or matching question places its own section (the question's source
  // may lie in an earlier one).
  for (const question of questions) for (const ref of question.evidence?.length ? question.evidence : [question.source]) note(ref);
  return [...firstAt.keys()].sort((left, right) => (firstAt.get(left) ?? 0) - (firstAt.get(right) ?? 0));
}

/** Whether a question is about one of these sections (null: no filter). */
export function inSections(question: Pick<Question, "source" | "evidence">, sections: ReadonlySet<string> | null): boolean {
  return !sections || sectionsOf(question).some((section) => sections.has(section));
}

/**
 * Whether a question can be asked in a quiz without giving itself away: flashcards are for review,
 * a question needs a way to answer (choices or typing), and a cloze must not show its own answer.
 */
export function isQuizzable(question: Question): boolean {
  if (question.kind === "flashcard") return false;
  if (question.kind === "cloze" && promptRevealsAnswer(question.prompt, question.answer)) return false;
  if (question.kind === "timeline-order" || question.kind === "matching" || question.kind === "true-false") return true;
  return (question.choices !== undefined && question.choices.length >= 2) || question.typeable;
}

export function promptRevealsAnswer(prompt: string, answer: string): boolean {
  const needle = normaliseAnswer(answer);
  if (needle.length === 0) return false;
  return ` ${normaliseAnswer(prompt)} `.includes(` ${needle} `);
}

function quizPool(questions: readonly Question[], options: Omit<QuizOptions, "count">): Question[] {
  const sections = options.sections && options.sections.length > 0 ? new Set(options.sections) : null;
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null;
  return questions.filter(
    (question) => isQuizzable(question) && inSections(question, sections) && (!kinds || kinds.has(question.kind)),
  );
}

/** Whether two texts quoted from the article are one item: equal, or one holding the other. */
function sameItemText(left: string, right: string): boolean {
  return left.includes(right) || right.includes(left);
}

/**
 * Whether two single-answer questions are about the same source item (a sentence and the timeline
 * entry or infobox line holding it count as one). Flashcards of two such facts are siblings.
 */
export function sameSourceItem(left: Pick<Question, "source">, right: Pick<Question, "source">): boolean {
  return sameItemText(left.source.text.trim(), right.source.text.trim());
}

type Phrase = { value: string; text: string };

/**
 * What a question puts before the learner, what it asks and what its explanation will quote, for
 * telling which questions of one quiz would give each other away (see conflicts).
 */
type Footprint = { question: Question; items: string[]; shown: Phrase[]; answer: Phrase | null; quoted: string; wrongChoices: string[] };

const phrase = (text: string): Phrase => ({ value: normaliseAnswer(text), text: normaliseText(text) });

function footprintOf(question: Question): Footprint {
  // An ordering or matching question is about each of its items; any other about its source item.
  const multi = question.kind === "timeline-order" || question.kind === "matching";
  const items = (multi && question.evidence && question.evidence.length > 0 ? question.evidence.map((ref) => ref.text) : [question.source.text]).map((text) => text.trim());
  const choices = "choices" in question ? (question.choices ?? []) : [];
  const single = typeof question.answer === "string" && !multi;
  return {
    question,
    items,
    // What the learner reads before answering, piece by piece (a date reads as a date only whole):
    // a matching question shows its left-hand items as well as its choices.
    shown: [question.prompt, ...choices, ...(question.kind === "matching" ? question.answer.map(([left]) => left) : [])].map(phrase),
    answer: single && question.kind !== "true-false" && typeof question.answer === "string" ? phrase(question.answer) : null,
    // What its explanation quotes once it is answered.
    quoted: ` ${normaliseText(items.join(" "))} `,
    wrongChoices: single ? choices.filter((choice) => choice !== question.answer).map(normaliseText) : [],
  };
}

const showsPhrase = (pieces: readonly Phrase[], wanted: Phrase) => pieces.some((piece) => piece.value === wanted.value || containsWord(piece.text, wanted.text));

/**
 * Whether `from` gives `to` away: its prompt or choices show `to`'s answer, or, once answered, its
 * explanation quotes `to`'s answer or rules out two or more of `to`'s wrong choices (an infobox
 * line quoted by a true/false statement can name most of a neighbouring list question's choices).
 */
function givesAway(from: Footprint, to: Footprint): boolean {
  if (to.answer !== null && to.answer.text !== "" && (showsPhrase(from.shown, to.answer) || containsWord(from.quoted, to.answer.text))) return true;
  return to.wrongChoices.filter((choice) => choice !== "" && containsWord(from.quoted, choice)).length >= 2;
}

/**
 * Whether two questions should not be in one quiz.
 * - They are about the same source item: a sentence and the timeline entry or infobox line holding
 *   it count as one, and an ordering or matching question is about each of its items. After either
 *   is answered its explanation quotes the item, which answers the other (an ordering's explanation
 *   gives each event's date).
 * - One gives the other away (givesAway): a cloze of a timeline entry shows the event that "Which
 *   event took place on <its date>?" asks for, and that question's choices show the word the cloze
 *   hides; a date question's choices hold another date question's answer.
 */
function conflicts(left: Footprint, right: Footprint): boolean {
  const sameItem = left.items.some((a) => right.items.some((b) => sameItemText(a, b)));
  return sameItem || givesAway(left, right) || givesAway(right, left);
}

/**
 * The questions a quiz can ask together: best-scored first (the seed's order between equals), each
 * kept unless it conflicts with one kept before it.
 */
function compatibleSet(pool: readonly Question[], random: Random): Question[] {
  const ranked = shuffled(pool, random).sort((left, right) => right.score - left.score);
  const kept: Footprint[] = [];
  for (const question of ranked) {
    const footprint = footprintOf(question);
    if (!kept.some((other) => conflicts(footprint, other))) kept.push(footprint);
  }
  return kept.map((footprint) => footprint.question);
}

/**
 * How many questions a quiz drawn from these can hold: the questions that can be asked together
 * (see conflicts). The draw's seed decides only between equally scored questions, so this is what
 * most draws hold.
 */
export function quizCapacity(questions: readonly Question[], options: Omit<QuizOptions, "count"> = {}): number {
  return compatibleSet(quizPool(questions, options), createRandom("capacity")).length;
}

/**
 * Draws up to `count` questions from the filtered bank that can be asked together (no two about one
 * source item, none showing another's answer), kinds interleaved so that a short quiz is not all
 * one kind, in an order fixed by the seed.
 */
export function drawQuiz(questions: readonly Question[], options: QuizOptions, seed: string): Question[] {
  const random = createRandom(seed);
  const byKind = new Map<string, Question[]>();
  for (const question of shuffled(compatibleSet(quizPool(questions, options), random), random)) {
    byKind.set(question.kind, [...(byKind.get(question.kind) ?? []), question]);
  }
  const queues = shuffled([...byKind.values()], random);
  const drawn: Question[] = [];
  const count = Math.max(0, Math.min(options.count, MAX_QUIZ_QUESTIONS));
  while (drawn.length < count && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && drawn.length < count) drawn.push(next);
    }
  }
  return drawn;
}
