import { describe, expect, it } from "vitest";
import { parseArticle } from "../content/parse-article";
import { areAliases, createContext, soundSkeleton } from "./context";

describe("areAliases", () => {
  it("takes variant spellings of one place as the same name", () => {
    expect(areAliases("Timbuktu", "Timbuctoo", "place")).toBe(true);
    expect(areAliases("Qaida", "Kaida", "organisation")).toBe(true);
  });

  it("keeps different places apart", () => {
    expect(areAliases("Timbuktu", "Tipaza", "place")).toBe(false);
    expect(areAliases("Algeria", "Nigeria", "place")).toBe(false);
    expect(areAliases("Mali", "Malta", "place")).toBe(false);
  });

  it("builds the consonant skeleton the comparison uses", () => {
    expect(soundSkeleton("timbuctoo")).toBe("tmbkt");
    expect(soundSkeleton("timbuktu")).toBe("tmbkt");
  });
});

describe("lowerInitial", () => {
  const contextOf = (timeline: string) => {
    const source = `= Northern Front =\n\nThe Northern Front is a militant organization based in Kessel.\n\n==Timeline==\n${timeline}`;
    const { article } = parseArticle(source, { fileName: "northern-front.txt" });
    return createContext(article!, source);
  };

  it("lower-cases a common actor heading a timeline entry, which the entity index takes for a name", () => {
    const context = contextOf("- 20 November 2015: Gunmen attack the Grand Hotel in Ostra.\n- 2 May 2016: Kessel is taken.\n");
    expect(context.lowerInitial("Gunmen attack the Grand Hotel")).toBe("gunmen attack the Grand Hotel");
    expect(context.lowerInitial("Kessel is taken")).toBe("Kessel is taken");
    expect(context.lowerInitial("Northern Front fighters attack")).toBe("Northern Front fighters attack");
  });

  it("keeps the capital when the article writes the word with one inside a sentence", () => {
    const context = contextOf("- 20 November 2015: Militants attack Ostra.\n- 2 May 2016: The army fights the Militants of the North in Kessel.\n");
    expect(context.lowerInitial("Militants attack Ostra")).toBe("Militants attack Ostra");
  });
});
