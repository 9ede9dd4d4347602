import { describe, expect, it } from "vitest";
import { questionSchema, type Question } from "@/lib/questions/schema";
import { buildDeck } from "./deck";
import { drawQuiz, isQuizzable, quizCapacity, sectionsInArticleOrder, sectionsOf } from "./draw-quiz";
import { factKeyOf } from "./fact-key";
import { toPublicQuestion } from "./public-question";
import { sourceHref } from "./source-link";

const sentence = "The Lake Empire was founded by Sundiata Keita in 1235.";

function question(overrides: Record<string, unknown>): Question {
  const answer = (overrides.answer as string | undefined) ?? "Sundiata Keita";
  const at = Math.max(0, sentence.indexOf(typeof answer === "string" ? answer : "1235"));
  const span = typeof answer === "string" && sentence.includes(answer) ? answer : "1235";
  return questionSchema.parse({
    id: `q_${Math.random().toString(36).slice(2, 15).padEnd(13, "0")}`,
    kind: "infobox-fact",
    prompt: "Who founded the Lake Empire?",
    answer,
    accepted: [],
    typeable: true,
    score: 0.9,
    source: { articleSlug: "lake-empire", sectionPath: [], refId: "s-founding", text: sentence, start: 100 + at, end: 100 + at + span.length },
    explanation: {
      parts: [
        { text: sentence.slice(0, at), answer: false },
        { text: span, answer: true },
        { text: sentence.slice(at + span.length), answer: false },
      ].filter((part) => part.text.length > 0),
      notes: [],
    },
    ...overrides,
  });
}

const cloze = question({ kind: "cloze", prompt: "The Lake Empire was founded by ____ in 1235.", choices: ["Sundiata Keita", "Mansa Musa", "Sonni Ali", "Askia"] });
const typed = question({});
const date = question({ kind: "timeline-date", prompt: "When was the Lake Empire founded?", answer: "1235", choices: ["1235", "1324", "1400"], source: { articleSlug: "lake-empire", sectionPath: ["History"], refId: "s-founding", text: sentence, start: 150, end: 154 } });
const order = question({
  kind: "timeline-order",
  prompt: "Put these in order.",
  answer: ["Founding", "Pilgrimage", "Raids"],
  choices: ["Raids", "Founding", "Pilgrimage"],
  typeable: false,
});
const matching = question({
  kind: "matching",
  prompt: "Match them.",
  answer: [
    ["Sundiata", "founded"],
    ["Musa", "travelled"],
    ["Songhai", "raided"],
  ],
  choices: ["raided", "founded", "travelled"],
  typeable: false,
});

describe("the same fact", () => {
  it("is shared by questions citing the same source and answer span, whatever their kind", () => {
    expect(factKeyOf(cloze)).toBe(factKeyOf(typed));
    expect(factKeyOf(cloze)).toMatch(/^f_[0-9a-z]{13}$/);
  });

  it("differs for another answer span of the same sentence", () => {
    expect(factKeyOf(date)).not.toBe(factKeyOf(typed));
  });

  it("does not exist for ordering and matching questions, which test several facts", () => {
    expect(factKeyOf(order)).toBeNull();
    expect(factKeyOf(matching)).toBeNull();
  });

  it("gives one flashcard per fact, preferring the cloze to the typed question", () => {
    const deck = buildDeck([typed, cloze, date, order, matching]);
    expect(deck.map((fact) => fact.question.kind).sort()).toEqual(["cloze", "timeline-date"]);
  });
});

describe("public questions", () => {
  it("carry nothing that gives the answer away", () => {
    for (const item of [cloze, typed, date, order, matching]) {
      const shown = toPublicQuestion(item, "seed-1");
      expect(Object.keys(shown).sort()).toEqual(expect.arrayContaining(["id", "kind", "prompt", "typeable"]));
      for (const key of ["answer", "accepted", "source", "explanation", "evidence", "score"]) expect(shown).not.toHaveProperty(key);
    }
  });

  it("shuffle choices by the attempt's seed: stable on reload, different between attempts", () => {
    const seeds = Array.from({ length: 12 }, (_, index) => `attempt-${index}`);
    const orders = new Set(seeds.map((seed) => toPublicQuestion(cloze, seed).choices?.join("|")));
    expect(orders.size).toBeGreaterThan(1);
    expect(toPublicQuestion(cloze, "attempt-1")).toEqual(toPublicQuestion(cloze, "attempt-1"));
    const positions = new Set(seeds.map((seed) => toPublicQuestion(cloze, seed).choices?.indexOf("Sundiata Keita")));
    expect(positions.size).toBeGreaterThan(1);
  });

  it("never show an ordering in its right order, nor matching rights aligned with their lefts", () => {
    for (let index = 0; index < 40; index++) {
      expect(toPublicQuestion(order, `s${index}`).choices).not.toEqual(["Founding", "Pilgrimage", "Raids"]);
      const shown = toPublicQuestion(matching, `s${index}`);
      expect(shown.lefts).toEqual(["Sundiata", "Musa", "Songhai"]);
      expect(shown.choices).not.toEqual(["founded", "travelled", "raided"]);
    }
  });
});

describe("drawing a quiz", () => {
  // The cloze, the typed question and the date question all cite the founding sentence.
  const item = (refId: string, text: string, section: string | null = null) => ({ articleSlug: "lake-empire", sectionPath: section ? [section] : [], refId, text, start: 500, end: 510 });
  const withItems = (base: Question, ...texts: string[]) => ({ ...base, evidence: texts.map((text, index) => item(`s-${base.kind}-${index}`, text)) });
  const orderOwn = withItems(order, "The court met at Kangaba.", "The caravan crossed the desert.", "The towns burned.");
  const matchingOwn = withItems(matching, "The griots sing of the founder.", "Gold fell in Cairo.", "The raiders came from Gao.");
  const bank = [cloze, typed, date, orderOwn, matchingOwn];
  const otherSentence = "Mansa Musa travelled to Mecca in 1324.";
  const pilgrimage = question({
    kind: "cloze",
    prompt: "Mansa Musa travelled to ____ in 1324.",
    answer: "Mecca",
    choices: ["Mecca", "Cairo", "Timbuktu"],
    source: { articleSlug: "lake-empire", sectionPath: [], refId: "s-pilgrimage", text: otherSentence, start: 300, end: 305 },
    explanation: { parts: [{ text: "Mansa Musa travelled to ", answer: false }, { text: "Mecca", answer: true }, { text: " in 1324.", answer: false }], notes: [] },
  });
  const ids = (questions: readonly Question[]) => questions.map((entry) => entry.id).sort();

  it("draws the requested number, no more than the bank can ask together, the same for the same seed", () => {
    expect(drawQuiz(bank, { count: 2 }, "a")).toHaveLength(2);
    expect(drawQuiz([...bank, pilgrimage], { count: 50 }, "a")).toHaveLength(4);
    expect(drawQuiz(bank, { count: 5 }, "a").map((entry) => entry.id)).toEqual(drawQuiz(bank, { count: 5 }, "a").map((entry) => entry.id));
  });

  it("asks one question per source item, since two on one sentence give each other away", () => {
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      const drawn = drawQuiz([...bank, pilgrimage], { count: 50 }, seed);
      expect(drawn.filter((entry) => entry.source.refId === "s-founding" && entry.evidence === undefined)).toHaveLength(1);
      expect(ids(drawn)).toEqual(expect.arrayContaining([pilgrimage.id, orderOwn.id, matchingOwn.id]));
    }
    // Between equally scored questions about one item the seed decides; otherwise the best is asked.
    const seeds = ["a", "b", "c", "d", "e", "f", "g", "h"];
    const foundingQuestion = (bankToDraw: Question[], seed: string) =>
      drawQuiz(bankToDraw, { count: 50 }, seed).find((entry) => entry.source.refId === "s-founding" && entry.evidence === undefined)?.id;
    expect(new Set(seeds.map((seed) => foundingQuestion(bank, seed))).size).toBeGreaterThan(1);
    const betterTyped = { ...typed, score: 0.95 };
    expect(new Set(seeds.map((seed) => foundingQuestion([cloze, betterTyped, date, orderOwn, matchingOwn], seed)))).toEqual(new Set([typed.id]));
  });

  it("counts a sentence and the timeline entry holding it as one item", () => {
    const entry = "26 April 2019: A soldier was killed in an attack in the Chaambi Mountains. Three were hurt.";
    const onSentence = question({ kind: "cloze", prompt: "On 26 April 2019, a soldier was killed in an attack in the ____.", answer: "Chaambi Mountains", choices: ["Chaambi Mountains", "Aures", "Kabylie"], source: item("s-07f770ab", entry.slice(0, entry.indexOf(" Three"))) });
    const onEntry = question({ kind: "timeline-date", prompt: "On what date was a soldier killed in an attack?", answer: "26 April 2019", choices: ["26 April 2019", "8 July 2018", "1 May 2020"], source: item("t-07f770ab", entry) });
    for (const seed of ["a", "b", "c", "d"]) expect(drawQuiz([onSentence, onEntry], { count: 10 }, seed)).toHaveLength(1);
    // ...and an ordering of entries as being about each of them: its explanation gives their dates.
    const ordering = withItems(order, entry, "The court met at Kangaba.", "The towns burned.");
    for (const seed of ["a", "b", "c", "d"]) expect(drawQuiz([ordering, onEntry], { count: 10 }, seed)).toHaveLength(1);
  });

  it("never asks a question whose answer another one shows in its prompt or choices", () => {
    const showsMusa = question({ kind: "timeline-event", prompt: "Which event took place in 1324?", answer: "Mansa Musa travelled to Mecca", choices: ["Mansa Musa travelled to Mecca", "The court met", "The towns burned"], source: item("t-elsewhere", "1324: Mansa Musa travelled to Mecca.") });
    const asksMusa = question({ kind: "infobox-fact", prompt: "Who was the richest ruler?", answer: "Mansa Musa", source: item("infobox:Rulers", "- Rulers: Mansa Musa") });
    for (const seed of ["a", "b", "c", "d"]) expect(drawQuiz([showsMusa, asksMusa], { count: 10 }, seed)).toHaveLength(1);
    // A matching question shows its left-hand items too.
    const namesMusa = withItems(
      question({ kind: "matching", prompt: "Match them.", answer: [["Mansa Musa", "travelled"], ["Sonni Ali", "raided"], ["the griots", "sang"]], choices: ["sang", "raided", "travelled"], typeable: false }),
      "The griots sing.",
      "Gold fell in Cairo.",
      "Raiders came.",
    );
    for (const seed of ["a", "b", "c", "d"]) expect(drawQuiz([namesMusa, asksMusa], { count: 10 }, seed)).toHaveLength(1);
    const unrelated = question({ kind: "infobox-fact", prompt: "What was the capital?", answer: "Niani", source: item("infobox:Capital", "- Capital: Niani") });
    expect(ids(drawQuiz([showsMusa, unrelated], { count: 10 }, "a"))).toEqual(ids([showsMusa, unrelated]));
  });

  it("reads a date as a date: a choice giving another date question's answer is a giveaway", () => {
    const dateOf = (refId: string, text: string, answer: string, choices: string[]) =>
      question({ kind: "timeline-date", prompt: `On what date did this happen: “${text.slice(text.indexOf(":") + 2)}”?`, answer, choices, source: item(refId, text) });
    const ouagadougou = dateOf("t-1", "15 January 2016: Gunmen attacked a hotel in Ouagadougou.", "15 January 2016", ["15 January 2016", "13 March 2016", "8 July 2018"]);
    const grandBassam = dateOf("t-2", "13 March 2016: Gunmen attacked the town of Grand-Bassam.", "13 March 2016", ["13 March 2016", "15 January 2016", "1 May 2020"]);
    const later = dateOf("t-3", "1 May 2021: Soldiers were ambushed near Ain Defla.", "1 May 2021", ["1 May 2021", "2 June 2019", "3 July 2017"]);
    for (const seed of ["a", "b", "c", "d"]) expect(drawQuiz([ouagadougou, grandBassam, later], { count: 10 }, seed)).toHaveLength(2);
  });

  it("counts what an explanation will quote: another's answer, or two of another's wrong choices", () => {
    const allies = "- Allies: Ansar Dine, Boko Haram, Al-Mourabitoun";
    const trueFalse = question({ kind: "true-false", prompt: "Ansar Dine is listed among the group's opponents.", answer: "False", choices: ["True", "False"], typeable: false, source: item("infobox:Allies", allies) });
    const opponents = question({ kind: "list-membership", prompt: "Which of these is listed among the group's opponents?", answer: "Islamic State", choices: ["Islamic State", "Boko Haram", "Al-Mourabitoun", "Ansar Dine"], typeable: false, source: item("infobox:Opponents", "- Opponents: Islamic State, France") });
    for (const seed of ["a", "b", "c", "d"]) expect(drawQuiz([trueFalse, opponents], { count: 10 }, seed)).toHaveLength(1);
    const leader = question({ kind: "infobox-fact", prompt: "Who led the group?", answer: "Abu Ubaidah", source: item("infobox:Leaders", "- Leaders: Abu Ubaidah") });
    const quotesLeader = question({ kind: "cloze", prompt: "The group was founded in ____.", answer: "2007", choices: ["2007", "2001", "1998"], source: item("s-9", "The group was founded in 2007 and later led by Abu Ubaidah.") });
    for (const seed of ["a", "b", "c", "d"]) expect(drawQuiz([leader, quotesLeader], { count: 10 }, seed)).toHaveLength(1);
  });

  it("counts what a quiz can hold, within the filters", () => {
    expect(quizCapacity(bank)).toBe(3);
    expect(quizCapacity([...bank, pilgrimage])).toBe(4);
    expect(quizCapacity(bank, { kinds: ["cloze", "infobox-fact"] })).toBe(1);
    expect(quizCapacity(bank, { sections: ["Nowhere"] })).toBe(0);
  });

  it("filters by section and kind", () => {
    expect(drawQuiz(bank, { count: 10, sections: ["History"] }, "a").map((entry) => entry.id)).toEqual([date.id]);
    expect(drawQuiz(bank, { count: 10, kinds: ["matching", "cloze"] }, "a").map((entry) => entry.kind).sort()).toEqual(["cloze", "matching"]);
  });

  it("files an ordering or matching question under the sections of all its items", () => {
    const ref = (section: string | null, refId: string) => ({ articleSlug: "lake-empire", sectionPath: section ? [section] : [], refId, text: sentence, start: 1, end: 5 });
    const across = { ...matching, source: { ...matching.source, sectionPath: [] }, evidence: [ref("History", "s-1"), ref("Leadership", "s-2"), ref("History", "s-3")] };
    expect(sectionsOf(across)).toEqual(["History", "Leadership"]);
    expect(sectionsOf({ ...order, evidence: [ref(null, "s-4")] })).toEqual(["Lead"]);
    expect(sectionsOf(date)).toEqual(["History"]);
    expect(drawQuiz([across, cloze], { count: 10, sections: ["Leadership"] }, "a").map((item) => item.id)).toEqual([across.id]);
    expect(drawQuiz([across, cloze], { count: 10, sections: ["Lead"] }, "a").map((item) => item.id)).toEqual([cloze.id]);
  });

  it("lists sections in article order, each placed by its own first item (not by the source of a question spanning several)", () => {
    const at = (section: string, start: number) => ({ articleSlug: "lake-empire", sectionPath: [section], refId: `s-${start}`, text: sentence, start, end: start + 4 });
    // A matching question sourced in History whose items run from History (100) to Legacy (900).
    const across = { ...matching, source: at("History", 100), evidence: [at("History", 100), at("Legacy", 900)] };
    const leadership = { ...date, source: at("Leadership", 500) };
    expect(sectionsInArticleOrder([across, leadership])).toEqual(["History", "Leadership", "Legacy"]);
  });

  it("leaves out a cloze whose prompt shows its own answer", () => {
    const leaky = question({ kind: "cloze", prompt: "Sundiata Keita founded the Lake Empire in ____.", answer: "Sundiata Keita", choices: ["Sundiata Keita", "Mansa Musa"] });
    expect(isQuizzable(leaky)).toBe(false);
    expect(isQuizzable(cloze)).toBe(true);
  });
});

describe("links into the reader", () => {
  const article = {
    slug: "lake-empire",
    sentences: [{ id: "s-founding", sectionId: "lead", text: sentence, start: 100, end: 100 + sentence.length, kind: "prose" as const }],
    timeline: [],
    sections: [
      { id: "lead", title: "Lake Empire", level: 1, path: [], parentId: null, start: 0, end: 400 },
      { id: "history", title: "History", level: 2, path: ["History"], parentId: "lead", start: 300, end: 400 },
    ],
  };

  it("land on the cited sentence", () => {
    expect(sourceHref(article, typed.source)).toBe("/read/lake-empire#s-founding");
  });

  it("land on the nearest anchor for a ref the reader has no anchor for", () => {
    expect(sourceHref(article, { refId: "infobox-founder", start: 120, end: 130 })).toBe("/read/lake-empire#s-founding");
    expect(sourceHref(article, { refId: "infobox-capital", start: 320, end: 330 })).toBe("/read/lake-empire#history");
    expect(sourceHref(article, { refId: "infobox-area", start: 10, end: 20 })).toBe("/read/lake-empire");
  });
});
