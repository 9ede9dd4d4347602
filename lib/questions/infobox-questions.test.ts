import { describe, expect, it } from "vitest";
import { normaliseAnswer } from "../answers/normalise-answer";
import { parseArticle } from "../content/parse-article";
import type { Candidate } from "./candidate";
import { createContext } from "./context";
import { generateInfoboxQuestions } from "./infobox-questions";

const SOURCE = `= Northern Front =

Northern Front
- Ideology: Agrarian socialism
- Leaders: Tomas Varga, Elena Brandt
- Allies: Red Hand Brigade (2001–2009), Coastal Union, Red Hand Brigade (South)
- Opponents: Kingdom of Valdor, River Guard, Highland Union
- Predecessor: Peasant League
- Successor: United Front of the North
- Clans: Blue Hill Group

The Northern Front is a militant organization active in Valdoria.
`;

const choicesOf = (candidate: Candidate): string[] => ("choices" in candidate && candidate.choices ? [...candidate.choices] : []);

const context = () => {
  const { article } = parseArticle(SOURCE, { fileName: "northern-front.txt" });
  return createContext(article!, SOURCE);
};

describe("generateInfoboxQuestions", () => {
  const candidates = generateInfoboxQuestions(context());

  it("asks single facts with the key's wording and the subject's class", () => {
    const predecessor = candidates.find((candidate) => candidate.prompt === "Which organization preceded the Northern Front?");
    expect(predecessor?.answer).toBe("Peasant League");
    expect(predecessor?.kind).toBe("infobox-fact");
    expect(candidates.some((candidate) => candidate.prompt === "What ideology does the Northern Front follow?" && candidate.answer === "Agrarian socialism")).toBe(true);
  });

  it("takes membership distractors from contrasting lists first and never from the true list", () => {
    const allies = candidates.filter((candidate) => candidate.kind === "list-membership" && candidate.prompt === "Which of these is listed among the Northern Front's allies?");
    expect(allies.length).toBeGreaterThan(0);
    for (const question of allies) {
      const wrong = choicesOf(question).filter((choice) => choice !== question.answer);
      expect(wrong.length).toBeGreaterThanOrEqual(2);
      for (const choice of wrong) {
        expect(["Red Hand Brigade", "Coastal Union", "Red Hand Brigade (South)"].map(normaliseAnswer)).not.toContain(normaliseAnswer(choice));
      }
      // Opponents are the contrast of allies: they come before anything else.
      expect(wrong.slice(0, 2).every((choice) => ["Kingdom of Valdor", "River Guard", "Highland Union"].includes(choice))).toBe(true);
      expect(question.notes.some((note) => /is listed among the Northern Front's opponents, not the Northern Front's allies\./.test(note))).toBe(true);
    }
  });

  it("never offers a near-duplicate of a true value as a distractor", () => {
    const opponents = candidates.filter((candidate) => candidate.prompt === "Which of these is listed among the Northern Front's opponents?");
    expect(opponents.length).toBeGreaterThan(0);
    for (const question of opponents) {
      const choices = choicesOf(question).map(normaliseAnswer);
      const lookAlikes = choices.filter((choice) => choice.startsWith("red hand brigade"));
      expect(lookAlikes.length, choices.join(" | ")).toBeLessThanOrEqual(1);
    }
  });

  it("scores a key it does not know below one it knows", () => {
    const clans = candidates.find((candidate) => candidate.prompt.includes("“Clans”"));
    const allies = candidates.find((candidate) => candidate.prompt.includes("allies"));
    expect(clans).toBeDefined();
    expect(clans!.features.penalties.some((penalty) => /unfamiliar infobox key/.test(penalty.reason))).toBe(true);
    expect(allies!.features.penalties).toEqual([]);
  });
});

describe("war infoboxes", () => {
  const WAR = `= Valley War =

Valley War
- Date: 16 January 2012 – present
- Belligerents: Valdor, * Royal Army, Eastern League, River Guard
- Opponents: Hill rebels, * Red Hand Brigade, * Blue Hill Group, Southern Union

The Valley War is an armed conflict that began in January 2012.
`;
  const { article } = parseArticle(WAR, { fileName: "valley-war.txt" });
  const candidates = generateInfoboxQuestions(createContext(article!, WAR));

  it("words the two sides around the first belligerent, never 'belligerents of' (both sides are)", () => {
    const prompts = candidates.map((candidate) => candidate.prompt);
    expect(prompts).toContain("Which of these is listed as fighting on Valdor's side in the Valley War?");
    expect(prompts).toContain("Which of these is listed as fighting against Valdor in the Valley War?");
    expect(prompts.some((prompt) => /belligerents of/.test(prompt))).toBe(false);
    expect(candidates.some((candidate) => candidate.answer === "Valdor")).toBe(false);
  });

  it("asks when the war began from its date field", () => {
    const began = candidates.find((candidate) => candidate.prompt === "When did the Valley War begin?");
    expect(began?.answer).toBe("16 January 2012");
    // Dates within a month of the start would be unfair near-misses.
    for (const choice of (began ? choicesOf(began) : []).filter((choice) => choice !== "16 January 2012")) expect(choice).not.toMatch(/(?:December 2011|January 2012|February 2012)$/);
  });
});
