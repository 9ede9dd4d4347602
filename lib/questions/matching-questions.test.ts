import { describe, expect, it } from "vitest";
import { parseArticle } from "../content/parse-article";
import { finaliseCandidate } from "./candidate";
import { createContext } from "./context";
import { explanationLines } from "./explanation-lines";
import { generateMatchingQuestions } from "./matching-questions";
import type { Question } from "./schema";

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

describe("matching explanations", () => {
  // People described in two different sections; rulers with periods in one infobox line.
  const source = `= New Kingdom =

New Kingdom
- Rulers: King Aldo (1100–1120), Queen Mara (1120–1135), King Bren (1135–1160), King Orrin

The New Kingdom was a kingdom on the river Tam.

==People==
The historian Ada Lenz wrote its first history. The poet Cato Varn praised the court.

==Wars==
Rebel leader Tobin Hale burned the capital in 1150. The scholar Ida Fenn copied the laws.

==Chronology==
- 1100: King Aldo founds the kingdom. He ruled for twenty years.
- 1120: Queen Mara is crowned.
- 1135: King Bren takes the throne.
- 1150: Rebels burn the capital.
`;
  const context = createContext(parseArticle(source, { fileName: "new-kingdom.txt" }).article!, source);
  const questions = generateMatchingQuestions(context).map((candidate) => finaliseCandidate(context, candidate));
  const byPrompt = (start: string) => {
    const question = questions.find((candidate) => candidate.prompt.startsWith(start));
    expect(question, start).toBeDefined();
    return question!;
  };
  const lines = (question: Question) => explanationLines(question.explanation.parts).map((parts) => parts.map((part) => (part.answer ? `[[${part.text}]]` : part.text)).join(""));

  it("quote each person's own sentence, both sides marked, and name no section when they come from several", () => {
    const roles = byPrompt("Match each person");
    expect(lines(roles)).toEqual([
      "The [[historian]] [[Ada Lenz]] wrote its first history.",
      "The [[poet]] [[Cato Varn]] praised the court.",
      "[[Rebel leader]] [[Tobin Hale]] burned the capital in 1150.",
      "The [[scholar]] [[Ida Fenn]] copied the laws.",
    ]);
    expect(roles.source.sectionPath).toEqual([]);
    expect(roles.source.text).toBe(roles.explanation.parts.map((part) => part.text).join(""));
  });

  it("quote each ruler's own infobox value with its period, without the rest of the line", () => {
    expect(lines(byPrompt("Match each ruler"))).toEqual(["[[King Aldo]] (1100–1120)", "[[Queen Mara]] (1120–1135)", "[[King Bren]] (1135–1160)"]);
    expect(byPrompt("Match each ruler").source.sectionPath).toEqual(["Infobox"]);
  });

  it("quote each event's own entry up to its described sentence", () => {
    const years = byPrompt("Match each event");
    for (const line of lines(years)) {
      expect(line).toMatch(/^\d{4}: \[\[[^\]]+\]\]\.$/);
      expect(source).toContain(`- ${line.replace(/\[\[|\]\]/g, "")}`);
    }
    expect(years.source.sectionPath).toEqual(["Chronology"]);
  });
});
