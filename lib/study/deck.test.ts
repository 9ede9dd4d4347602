import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/parse-article";
import { generateQuestions } from "@/lib/questions/generate";
import { questionSchema, type Question } from "@/lib/questions/schema";
import { buildDeck, burySiblings, cardBack, cardsDueToday, type DeckFact } from "./deck";
import { factKeyOf } from "./fact-key";

// The flashcard queue shows a fact through one of its questions, prompt on the front and answer on
// the back, with no choices: a prompt that needs its choices must never become a front.

const line = "- Allies: Red Hand Brigade, Coastal Union, Blue Hill Group";
const start = 40;
const at = line.indexOf("Coastal Union");

function aboutCoastalUnion(overrides: Record<string, unknown>): Question {
  return questionSchema.parse({
    id: `q_${Math.random().toString(36).slice(2, 15).padEnd(13, "0")}`,
    kind: "list-membership",
    prompt: "Which of these is listed among the Northern Front's allies?",
    answer: "Coastal Union",
    choices: ["Coastal Union", "Peasant League", "Iron Guard"],
    accepted: [],
    typeable: false,
    score: 0.8,
    source: { articleSlug: "northern-front", sectionPath: ["Infobox"], refId: "infobox:Allies", text: line, start: start + at, end: start + at + 13 },
    explanation: {
      parts: [
        { text: line.slice(0, at), answer: false },
        { text: "Coastal Union", answer: true },
        { text: line.slice(at + 13), answer: false },
      ],
      notes: [],
    },
    ...overrides,
  });
}

const membership = aboutCoastalUnion({});
const statement = aboutCoastalUnion({ kind: "true-false", prompt: "Coastal Union is listed among the Northern Front's opponents.", answer: "False", choices: ["True", "False"] });

describe("buildDeck", () => {
  it("never shows a list-membership question as a card: without its choices every other member of the list answers it", () => {
    const trueStatement = aboutCoastalUnion({ kind: "true-false", prompt: "Coastal Union is listed among the Northern Front's allies.", answer: "True", choices: ["True", "False"] });
    expect(factKeyOf(trueStatement)).toBe(factKeyOf(membership));
    const deck = buildDeck([membership, trueStatement]);
    expect(deck).toHaveLength(1);
    expect(deck[0]!.question.prompt).toBe("Coastal Union is listed among the Northern Front's allies.");
    expect(buildDeck([membership])).toEqual([]);
  });

  it("never makes a card of a false statement: the learner would rehearse the wrong association", () => {
    expect(factKeyOf(statement)).toBe(factKeyOf(membership));
    expect(buildDeck([membership, statement])).toEqual([]);
  });

  it("never makes a front of a prompt that points at choices, whatever its kind", () => {
    const edited = aboutCoastalUnion({ kind: "cloze", prompt: "Which of the following allies is named second in the infobox?" });
    const flashcard = aboutCoastalUnion({ kind: "flashcard", prompt: "Which one of these is an ally of the Northern Front?", choices: undefined });
    expect(buildDeck([edited, flashcard])).toEqual([]);
    const plain = aboutCoastalUnion({ kind: "flashcard", prompt: "The Northern Front — second ally listed", choices: undefined });
    expect(buildDeck([edited, plain]).map((fact) => fact.question.prompt)).toEqual(["The Northern Front — second ally listed"]);
  });
});

describe("the first article's flashcards", () => {
  const file = path.resolve(__dirname, "../../content/al-qaeda-in-the-islamic-maghreb.txt");
  const source = fs.readFileSync(file, "utf8");
  const deck = buildDeck(generateQuestions(parseArticle(source, { fileName: file }).article!, source));

  it("have fronts that stand alone: no list-membership question, nothing that refers to choices", () => {
    expect(deck.length).toBeGreaterThan(100);
    for (const fact of deck) {
      expect(fact.question.kind, fact.question.prompt).not.toBe("list-membership");
      expect(fact.question.prompt).not.toMatch(/\b(?:which|what|who) of (?:these|the following)\b/i);
    }
    expect(deck.some((fact) => cardBack(fact.question) === "Ansar al-Sharia (Libya)" && /allies\?$/.test(fact.question.prompt))).toBe(false);
    expect(deck.filter((fact) => fact.question.kind === "true-false" && fact.question.answer === "False")).toEqual([]);
  });
});

describe("burying siblings", () => {
  const entry = "8 July 2018: The Uqba bin Nafi Battalion claimed an attack in Ghardimaou.";
  const cloze = (answer: string, refId: string, text = entry) => {
    const at = text.indexOf(answer);
    return questionSchema.parse({
      id: `q_${Math.random().toString(36).slice(2, 15).padEnd(13, "0")}`,
      kind: "cloze",
      prompt: text.replace(answer, "____"),
      answer,
      accepted: [],
      typeable: true,
      score: 0.8,
      source: { articleSlug: "a", sectionPath: [], refId, text, start: 100 + at, end: 100 + at + answer.length },
      explanation: { parts: [{ text: text.slice(0, at), answer: false }, { text: answer, answer: true }, { text: text.slice(at + answer.length), answer: false }].filter((part) => part.text.length > 0), notes: [] },
    });
  };
  // Two facts of one timeline entry (its date and its place: each card's sentence answers the
  // other), and one fact elsewhere.
  const deck = buildDeck([cloze("8 July 2018", "t-1"), cloze("Ghardimaou", "s-1"), cloze("Tipaza", "s-2", "Soldiers were killed near Tipaza.")]);
  const factAnswering = (answer: string) => deck.find((fact) => fact.question.answer === answer)!;
  const [date, place, elsewhere] = [factAnswering("8 July 2018"), factAnswering("Ghardimaou"), factAnswering("Tipaza")];
  const entries = (...facts: DeckFact[]) => facts.map((fact) => ({ fact }));

  it("shows one card per sentence a day: a sibling later in the queue waits", () => {
    const { kept, buried } = burySiblings(entries(date, place, elsewhere), new Set(), deck);
    expect(kept.map((item) => item.fact)).toEqual([date, elsewhere]);
    expect(buried.map((item) => item.fact)).toEqual([place]);
  });

  it("buries a card whose sibling was reviewed today, but not a card for its own review", () => {
    expect(burySiblings(entries(place, elsewhere), new Set([date.factKey]), deck).kept.map((item) => item.fact)).toEqual([elsewhere]);
    expect(burySiblings(entries(date), new Set([date.factKey]), deck).kept.map((item) => item.fact)).toEqual([date]);
    expect(burySiblings(entries(date, place, elsewhere), new Set([elsewhere.factKey]), deck).buried.map((item) => item.fact)).toEqual([place]);
  });

  it("counts the cards the day still holds as the queue will show them: due before the day ends, siblings buried, facts no longer in the deck left out", () => {
    const endOfToday = new Date("2026-03-10T00:00:00Z");
    const card = (fact: DeckFact | { factKey: string }, due: string) => ({ factKey: fact.factKey, due: new Date(due) });
    const cards = [
      card(place, "2026-03-09T08:00:00Z"),
      card(date, "2026-03-09T20:00:00Z"), // later today, after its sibling: buried
      card(elsewhere, "2026-03-10T06:00:00Z"), // tomorrow
      card({ factKey: "retired-fact" }, "2026-03-01T00:00:00Z"),
    ];
    expect(cardsDueToday(deck, cards, new Set(), endOfToday)).toBe(1);
    expect(cardsDueToday(deck, [...cards, card(elsewhere, "2026-03-09T09:00:00Z")].slice(1), new Set(), endOfToday)).toBe(2);
    // A sibling reviewed today buries the card; its own review today does not.
    expect(cardsDueToday(deck, cards.slice(1, 2), new Set([place.factKey]), endOfToday)).toBe(0);
    expect(cardsDueToday(deck, cards.slice(0, 1), new Set([place.factKey]), endOfToday)).toBe(1);
  });
});
