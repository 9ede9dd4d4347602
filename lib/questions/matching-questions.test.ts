import { describe, expect, it } from "vitest";
import { parseArticle } from "../content/parse-article";
import { createContext } from "./context";
import { generateMatchingQuestions } from "./matching-questions";

const SOURCE = `= Old Kingdom =

Old Kingdom
- Rulers: King Aldo (1100–1120), Queen Mara (1120–1135), King Bren (1135–1160), King Orrin

The Old Kingdom was a kingdom on the river Tam.

==People==
The historian Ada Lenz wrote its first history. The poet Cato Varn praised the court. Rebel leader Tobin Hale burned the capital in 1150. The hostage Piet Sorn was freed. The scholar Ida Fenn copied the laws.

==Chronology==
- 1100: King Aldo founds the kingdom.
- 1120: Queen Mara is crowned.
- 1135: King Bren takes the throne.
- 1150: Rebels burn the capital.
`;

const { article } = parseArticle(SOURCE, { fileName: "old-kingdom.txt" });
const candidates = generateMatchingQuestions(createContext(article!, SOURCE));

describe("generateMatchingQuestions", () => {
  it("matches rulers to the periods the infobox gives, only those that have one", () => {
    const periods = candidates.find((candidate) => candidate.prompt.startsWith("Match each ruler of the Old Kingdom"));
    expect(periods?.answer).toEqual([
      ["King Aldo", "1100–1120"],
      ["Queen Mara", "1120–1135"],
      ["King Bren", "1135–1160"],
    ]);
  });

  it("matches entries to their years, one entry per year", () => {
    const years = candidates.find((candidate) => candidate.prompt.startsWith("Match each event"));
    const pairs = years?.answer as [string, string][];
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(pairs.map(([, year]) => year)).size).toBe(pairs.length);
    for (const [event, year] of pairs) expect(SOURCE).toContain(`- ${year}: ${event}`);
  });

  it("matches people to roles with different head nouns", () => {
    const roles = candidates.find((candidate) => candidate.prompt === "Match each person to the role the article gives them.");
    const pairs = roles?.answer as [string, string][];
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    const heads = pairs.map(([, role]) => role.split(" ").pop());
    expect(new Set(heads).size).toBe(heads.length);
  });
});
