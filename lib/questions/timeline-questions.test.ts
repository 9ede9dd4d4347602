import { describe, expect, it } from "vitest";
import { parseArticle } from "../content/parse-article";
import type { Candidate } from "./candidate";
import { createContext } from "./context";
import { generateTimelineQuestions } from "./timeline-questions";

const SOURCE = `= Northern Front =

Northern Front
- Ideology: Agrarian socialism

The Northern Front is a militant organization.

==Timeline==
- 4 May 2003: Two bridges were destroyed by the group near Kessel. The army answered on 9 May 2003.
- June 2005: Front fighters attack the port of Ostra.
- On 9 September 2007, militants ambushed an army convoy in Brenna, killing four soldiers.
- 12 January 2010: The Peasant League and the Front sign a truce in Kessel.
- On January 3, 2012, the Front declared a ceasefire.
- c. 2014: The Front splits into two wings.
`;

const { article } = parseArticle(SOURCE, { fileName: "northern-front.txt" });
const candidates = generateTimelineQuestions(createContext(article!, SOURCE));
const ofKind = (kind: Candidate["kind"]) => candidates.filter((candidate) => candidate.kind === kind);
const choicesOf = (candidate: Candidate): string[] => ("choices" in candidate && candidate.choices ? [...candidate.choices] : []);

describe("when-questions", () => {
  it("use the question word for the date's precision and rewrite the entry as a question", () => {
    const prompts = ofKind("timeline-date").map((candidate) => candidate.prompt);
    expect(prompts).toContain("On what date were two bridges destroyed by the Northern Front near Kessel?");
    expect(prompts).toContain("In which month and year did front fighters attack the port of Ostra?".replace("front", "Front"));
    expect(prompts).toContain("On what date did militants ambush an army convoy in Brenna?");
    expect(prompts).toContain("Around which year did the Front split into two wings?");
  });

  it("offer distractors at the answer's precision, in its style, never a date the entry itself mentions", () => {
    for (const candidate of ofKind("timeline-date")) {
      const choices = choicesOf(candidate);
      expect(choices).toHaveLength(4);
      if (candidate.answer === "4 May 2003") expect(choices).not.toContain("9 May 2003");
      if (candidate.answer === "January 3, 2012") for (const choice of choices) expect(choice).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
      if (candidate.answer === "June 2005") for (const choice of choices) expect(choice).toMatch(/^[A-Z][a-z]+ \d{4}$/);
    }
  });
});

describe("what-happened questions", () => {
  it("ask about each dated entry with other entries as choices and say when those happened", () => {
    const question = ofKind("timeline-event").find((candidate) => candidate.prompt === "Which event in the Northern Front's timeline took place in June 2005?");
    expect(question?.answer).toBe("Front fighters attack the port of Ostra");
    expect(question?.notes.every((note) => /happened (?:on|in|around) /.test(note))).toBe(true);
  });
});

describe("ordering questions", () => {
  it("put three to five entries with distinct dates in order", () => {
    const orders = ofKind("timeline-order");
    expect(orders.length).toBeGreaterThan(0);
    for (const order of orders) {
      const items = order.answer as string[];
      expect(items.length).toBeGreaterThanOrEqual(3);
      const positions = items.map((item) => SOURCE.indexOf(item.slice(1)));
      expect([...positions].sort((left, right) => left - right)).toEqual(positions);
    }
  });
});
