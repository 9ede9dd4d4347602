import { describe, expect, it } from "vitest";
import { parseArticle } from "../content/parse-article";
import { checkQuestion, shapeOf } from "./quality-gates";
import type { Question } from "./schema";

const SOURCE = `= Northern Front =

Northern Front
- Allies: Red Hand Brigade, Coastal Union

The Northern Front was founded in Kessel in 1998. They later moved to Ostra. Ilse Kramer said:
`;
const { article } = parseArticle(SOURCE, { fileName: "northern-front.txt" });
const sentence = article!.sentences[0]!;
const kessel = SOURCE.indexOf("Kessel");

const good: Question = {
  id: "q_0000000000001",
  kind: "cloze",
  prompt: "Fill in the blank: The Northern Front was founded in _____ in 1998.",
  answer: "Kessel",
  choices: ["Kessel", "Ostra", "Brenna", "Valdor"],
  accepted: [],
  typeable: true,
  source: { articleSlug: "northern-front", sectionPath: [], refId: sentence.id, text: sentence.text, start: kessel, end: kessel + 6 },
  explanation: { parts: [{ text: sentence.text, answer: false }], notes: [] },
  score: 0.8,
};

const gates = (question: Question) => checkQuestion(question, article!, SOURCE).map((failure) => failure.gate);

describe("checkQuestion", () => {
  it("passes a sound question", () => {
    expect(gates(good)).toEqual([]);
  });

  it("fails an answer that is not at the cited offsets", () => {
    expect(gates({ ...good, source: { ...good.source, start: 0, end: 5 } })).toContain("answer-in-source");
  });

  it("fails a prompt that shows the answer", () => {
    expect(gates({ ...good, prompt: "Fill in the blank: The Northern Front was founded in _____ (Kessel) in 1998." })).toContain("answer-not-in-prompt");
  });

  it("fails repeated choices and choices of another kind", () => {
    expect(gates({ ...good, choices: ["Kessel", "kessel", "Ostra", "Brenna"] })).toContain("choices");
    expect(gates({ ...good, choices: ["Kessel", "Ostra", "Brenna", "12 May 2001"] })).toContain("choices");
  });

  it("fails a prompt that leans on a pronoun", () => {
    expect(gates({ ...good, prompt: "Fill in the blank: They later moved to _____." })).toContain("unresolved-reference");
  });

  it("fails a question built from damaged text", () => {
    const damaged = article!.sentences.find((candidate) => candidate.damaged)!;
    const ilse = SOURCE.indexOf("Ilse Kramer");
    const question: Question = { ...good, prompt: "Fill in the blank: _____ said.", answer: "Ilse Kramer", choices: undefined, source: { ...good.source, refId: damaged.id, text: damaged.text, start: ilse, end: ilse + 11 } };
    expect(gates(question)).toContain("damaged-text");
  });

  it("fails a flashcard whose front refers to choices it does not show", () => {
    const card: Question = { ...good, kind: "flashcard", prompt: "Which of these is listed among the Northern Front's allies?", answer: "Kessel" };
    delete (card as { choices?: string[] }).choices;
    expect(gates(card)).toContain("flashcard-front");
    expect(gates({ ...card, prompt: "The Northern Front — founding town" })).not.toContain("flashcard-front");
  });

  it("fails a question whose answer is the article's title, shown above every question", () => {
    const card: Question = { ...good, kind: "flashcard", prompt: "What does NF stand for?", answer: "Northern Front" };
    delete (card as { choices?: string[] }).choices;
    expect(gates(card)).toContain("answer-not-title");
    expect(gates(good)).not.toContain("answer-not-title");
  });

  it("fails a shape the schema forbids", () => {
    expect(gates({ ...good, choices: ["Ostra", "Brenna"] })).toContain("schema");
  });
});

describe("shapeOf", () => {
  it("tells dates, numbers, codes, names and sentences apart", () => {
    expect(shapeOf("11 April 2007")).toBe("date-day");
    expect(shapeOf("April 2007")).toBe("date-month");
    expect(shapeOf("c. 1235")).toBe("date-year");
    expect(shapeOf("1327")).toBe("date-year");
    expect(shapeOf("$50 million")).toBe("number");
    expect(shapeOf("USA")).toBe("code");
    expect(shapeOf("Movement for Unity and Justice in the North")).toBe("name");
    expect(shapeOf("Two bridges were destroyed near Kessel")).toBe("sentence");
    expect(shapeOf("People's Front of the North (southern branch)")).toBe("name");
  });
});
