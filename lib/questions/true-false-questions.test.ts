import { describe, expect, it } from "vitest";
import { parseArticle } from "../content/parse-article";
import { createContext } from "./context";
import { generateTrueFalseQuestions } from "./true-false-questions";

const SOURCE = `= Northern Front =

Northern Front
- Allies: Red Hand Brigade, Coastal Union
- Opponents: River Guard, Highland Union
- Clans: Blue Hill Group

The Northern Front is a militant organization.

==Timeline==
- 4 May 2003: Two bridges were destroyed by the group near Kessel.
- June 2005: Front fighters attack the port of Ostra.
- 9 September 2007: Militants ambushed an army convoy in Brenna.
- 12 January 2010: The Front declared a ceasefire.
`;

const { article } = parseArticle(SOURCE, { fileName: "northern-front.txt" });
const candidates = generateTrueFalseQuestions(createContext(article!, SOURCE));

describe("generateTrueFalseQuestions", () => {
  it("makes false statements only by moving an item to the list that contrasts with its own", () => {
    const falseOnes = candidates.filter((candidate) => candidate.answer === "False" && candidate.origin.refId.startsWith("infobox:"));
    expect(falseOnes.map((candidate) => candidate.prompt)).toEqual(
      expect.arrayContaining(["Red Hand Brigade is listed among the Northern Front's opponents.", "River Guard is listed among the Northern Front's allies."]),
    );
    for (const candidate of falseOnes) expect(candidate.notes[0]).toMatch(/is listed among the Northern Front's (?:allies|opponents), not the Northern Front's (?:allies|opponents)\./);
    // Nothing contrasts with an unfamiliar key, so it gets no false statement.
    expect(falseOnes.some((candidate) => candidate.prompt.startsWith("Blue Hill Group"))).toBe(false);
  });

  it("states timeline entries with their own date (true) or another entry's date (false), in the past tense", () => {
    const dated = candidates.filter((candidate) => !candidate.origin.refId.startsWith("infobox:"));
    expect(dated.length).toBe(4);
    for (const candidate of dated) {
      expect(candidate.prompt).toMatch(/^(?:On \d{1,2} [A-Z][a-z]+ \d{4}|In [A-Z][a-z]+ \d{4}), /);
      if (candidate.answer === "False") expect(candidate.notes[0]).toMatch(/^The timeline dates “.+” .+, not .+\.$/);
    }
    expect(dated.some((candidate) => /fighters attacked the port of Ostra\.$/.test(candidate.prompt))).toBe(true);
  });
});

describe("a false dated statement's note", () => {
  it("gives the wrong date as the statement wrote it, in the entry's own style", () => {
    // Day-month-year entries beside month-day-year ones: a statement about a DMY entry shows the
    // other entry's date as DMY, and its note must say that same date back.
    const source = `= Southern Front =

The Southern Front is a militant organization.

==Timeline==
- 4 May 2003: Two bridges were destroyed by the group near Kessel.
- On January 14, 2011, militants ambushed an army convoy in Brenna.
- 9 September 2007: Soldiers were killed near Ostra.
- On March 3, 2015, the Front declared a ceasefire.
`;
    const parsed = parseArticle(source, { fileName: "southern-front.txt" }).article!;
    const statements = generateTrueFalseQuestions(createContext(parsed, source)).filter((candidate) => candidate.answer === "False");
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      const shown = statement.prompt.match(/^(?:On|In) ([^,]+(?:, \d{4})?), /)?.[1];
      expect(shown, statement.prompt).toBeDefined();
      expect(statement.notes[0], statement.prompt).toMatch(new RegExp(`, not ${shown!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.$`));
    }
  });
});
