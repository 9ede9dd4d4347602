import { describe, expect, it } from "vitest";
import { parseArticle } from "../content/parse-article";
import { createContext } from "./context";
import { generateFlashcards } from "./flashcards";

const SOURCE = `= Northern Front =

Northern Front
- Ideology: Agrarian socialism
- Allies: Red Hand Brigade, Coastal Union
- Clans: Blue Hill Group

The Northern Front is a militant organization. It split from the Peasant Workers League (PWL) and uses improvised explosive devices (IEDs). The Dutch hostage Piet Sorn was freed in 2004.

==Timeline==
- 4 May 2003: Two bridges were destroyed by the group near Kessel.
`;

const { article } = parseArticle(SOURCE, { fileName: "northern-front.txt" });
const cards = generateFlashcards(createContext(article!, SOURCE));
const card = (front: string) => cards.find((candidate) => candidate.prompt === front)?.answer;

describe("generateFlashcards", () => {
  it("makes a card for each single infobox fact, dated entry, named acronym and described person", () => {
    expect(card("The Northern Front — ideology")).toBe("Agrarian socialism");
    expect(card("The Northern Front, 4 May 2003: what happened?")).toBe("Two bridges were destroyed by the group near Kessel");
    expect(card("What does PWL stand for?")).toBe("Peasant Workers League");
    expect(card("Who is Piet Sorn, according to the article?")).toBe("Dutch hostage");
  });

  it("skips lists, unfamiliar keys and acronyms of common nouns", () => {
    expect(cards.some((candidate) => /allies|clans/i.test(candidate.prompt))).toBe(false);
    expect(cards.some((candidate) => candidate.prompt.includes("IED"))).toBe(false);
  });

  it("keeps every back verbatim in its source", () => {
    for (const candidate of cards) expect(SOURCE.slice(candidate.origin.answerStart, candidate.origin.answerEnd).toLowerCase()).toBe(String(candidate.answer).toLowerCase());
  });
});
