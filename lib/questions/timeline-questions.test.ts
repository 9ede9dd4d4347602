import { describe, expect, it } from "vitest";
import { parseArticle } from "../content/parse-article";
import { finaliseCandidate, type Candidate } from "./candidate";
import { createContext } from "./context";
import { explanationLines } from "./explanation-lines";
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

describe("ordering explanations", () => {
  // Entries under two sub-headings, one of them with a second sentence about a later date.
  const source = `= Southern Front =

Southern Front
- Ideology: Agrarian socialism

The Southern Front is a militant organization.

==Timeline==
===2003–2007===
- 4 May 2003: Two bridges were destroyed by the Front near Kessel. The army answered on 9 May 2004.
- June 2005: Front fighters attack the port of Ostra.
- 9 September 2007: Militants ambushed an army convoy in Brenna, killing four soldiers.
===2010–2014===
- 12 January 2010: The Peasant League and the Front sign a truce in Kessel.
- 3 January 2012: The Front declared a ceasefire.
- c. 2014: The Front splits into two wings.
`;
  const context = createContext(parseArticle(source, { fileName: "southern-front.txt" }).article!, source);
  const orders = generateTimelineQuestions(context)
    .filter((candidate) => candidate.kind === "timeline-order")
    .map((candidate) => finaliseCandidate(context, candidate));

  it("quote each item's own entry, one per line, with its description marked, and nothing between them", () => {
    expect(orders.length).toBeGreaterThan(0);
    for (const order of orders) {
      const items = order.answer as string[];
      const lines = explanationLines(order.explanation.parts);
      expect(lines).toHaveLength(items.length);
      lines.forEach((parts, index) => {
        const text = parts.map((part) => part.text).join("");
        expect(text, text).toMatch(/^(?:\d{1,2} )?(?:[A-Z][a-z]+ )?(?:c\. )?\d{4}: /);
        expect(source).toContain(`- ${text}`);
        expect(parts.filter((part) => part.answer).map((part) => part.text)).toEqual([items[index]]);
      });
      const quoted = order.explanation.parts.map((part) => part.text).join("");
      expect(quoted).not.toMatch(/==|^- |\n- /m);
      expect(quoted).not.toContain("The army answered");
      expect(order.source.text).toBe(quoted);
      expect(order.source.sectionPath).toEqual(["Timeline"]);
    }
  });
});
