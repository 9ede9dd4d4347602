import { describe, expect, it } from "vitest";
import { parseArticle } from "../content/parse-article";
import type { Candidate } from "./candidate";
import { generateClozeQuestions } from "./cloze-questions";
import { createContext } from "./context";

const SOURCE = `= Northern Front =

Northern Front
- Leaders: Tomas Varga, Elena Brandt
- Allies: Red Hand Brigade, Coastal Union
- Opponents: River Guard, Highland Union

The Northern Front (NF) is a militant organization. The group was founded by Tomas Varga in 1998 in the town of Kessel. It is estimated that 90 per cent of its money comes from smuggling.

==History==
In March 2001, commander Anton Weiss led an attack on a police station in Brenna, killing 12 officers. Weiss later claimed he acted alone. The Front fought in Valdor, Ostra, Kessel and Brenna. Key leaders of the Front included Elena Brandt. Commander Ilse Kramer joined the Front in 2003. The hostage Piet Andersen was freed in Ostra. In 1999 the Northern Front split from the Red Hand Brigade (RHB) over tactics. Ilse Kramer said:

==Timeline==
- 4 May 2003: Two bridges were destroyed by the group near Kessel.
- 12 January 2010: The Red Hand Brigade and the Front sign a truce in Ostra. The captives were freed in Brenna.
`;

const { article } = parseArticle(SOURCE, { fileName: "northern-front.txt" });
const candidates = generateClozeQuestions(createContext(article!, SOURCE));
const prompts = candidates.map((candidate) => candidate.prompt);
const choicesOf = (candidate: Candidate): string[] => ("choices" in candidate && candidate.choices ? [...candidate.choices] : []);

describe("generateClozeQuestions", () => {
  it("blanks people, places, organisations, dates and numbers in prose", () => {
    expect(prompts).toContain("Fill in the blank: The Northern Front was founded by _____ in 1998 in the town of Kessel.");
    expect(prompts).toContain("Fill in the blank: The Northern Front was founded by Tomas Varga in _____ in the town of Kessel.");
    expect(prompts).toContain("Fill in the blank: By some estimates, _____ of its money comes from smuggling.");
    const types = new Set(candidates.map((candidate) => candidate.answerType));
    for (const type of ["person", "place", "date", "number"]) expect(types.has(type as never), type).toBe(true);
  });

  it("names the subject instead of 'the group' and gives dated entries their date", () => {
    expect(prompts.some((prompt) => prompt.startsWith("Fill in the blank: On 4 May 2003, two bridges were destroyed by the Northern Front near"))).toBe(true);
    expect(prompts.some((prompt) => /\bthe group\b/.test(prompt))).toBe(false);
  });

  it("offers distractors of the same type that are not the answer under another name", () => {
    for (const candidate of candidates) {
      const choices = choicesOf(candidate);
      if (choices.length === 0) continue;
      expect(candidate.choiceTypes?.every((type) => type === candidate.answerType)).toBe(true);
      expect(new Set(choices).size).toBe(choices.length);
      if (candidate.answerType === "person") expect(choices).not.toContain("Weiss");
    }
    const founder = candidates.find((candidate) => candidate.answer === "Tomas Varga");
    expect(choicesOf(founder!)).not.toContain("Piet Andersen");
  });

  it("skips blanks a careful teacher would reject", () => {
    // A lone surname, one of a list of four places, an example after "included", damaged text, an unresolved "the captives".
    expect(candidates.some((candidate) => candidate.answer === "Weiss")).toBe(false);
    expect(prompts.some((prompt) => prompt.includes("The Front fought in"))).toBe(false);
    expect(prompts.some((prompt) => prompt.includes("Key leaders of the Front included _____"))).toBe(false);
    expect(prompts.some((prompt) => prompt.includes("said"))).toBe(false);
    expect(prompts.some((prompt) => prompt.includes("The captives"))).toBe(false);
    // The entry's own date is asked by the timeline questions, not here.
    expect(prompts.some((prompt) => prompt.includes("On _____, two bridges"))).toBe(false);
  });

  it("never blanks the article's own subject", () => {
    expect(candidates.filter((candidate) => candidate.answer === "Northern Front")).toEqual([]);
  });

  it("accepts an acronym the article defines, and hides it from the prompt", () => {
    const split = candidates.find((candidate) => candidate.answer === "Red Hand Brigade" && candidate.prompt.includes("split from"));
    expect(split?.prompt).toBe("Fill in the blank: In 1999 the Northern Front split from the _____ over tactics.");
    expect(split?.accepted).toEqual(["RHB"]);
  });
});

describe("distractors of the answer's own kind", () => {
  const source = `= Southern League =

The Southern League is a militant organization based in Ostra.

==Reports==
On 3 May 2009, the newspaper The Daily Ledger reported an attack on a police station in Ostra. The Evening Tribune claimed a day later that the attack had failed. The group runs a media outlet known as Voice of Ostra, which releases videos. According to the London-based risk analysis firm Harbor Stanley, the group called for attacks on Kessel in 2010. The newspaper Morning Courier reported the call.
`;
  const { article: reports } = parseArticle(source, { fileName: "southern-league.txt" });
  const clozes = generateClozeQuestions(createContext(reports!, source));
  const firm = clozes.find((candidate) => candidate.answer === "Harbor Stanley");
  const newspaper = clozes.find((candidate) => candidate.answer === "The Daily Ledger");

  it("offers no newspaper for a firm the article calls a risk analysis firm", () => {
    expect(firm).toBeDefined();
    for (const media of ["The Evening Tribune", "Evening Tribune", "Voice of Ostra", "Morning Courier", "The Daily Ledger"]) expect(choicesOf(firm!)).not.toContain(media);
  });

  it("offers no firm for a newspaper", () => {
    expect(newspaper).toBeDefined();
    expect(choicesOf(newspaper!)).not.toContain("Harbor Stanley");
  });
});

describe("a blank after 'the'", () => {
  const source = `= Southern League =

The Southern League is a militant organization active in Senegal, Mali and Chad.

==Attacks==
On 3 May 2010, gunmen from the group attacked a hotel in the Gambia, killing 12 people. In 2011 the group kidnapped two tourists from the Netherlands in Mali. In 2012 the group attacked a convoy in Chad. In 2013 the group raided a village in Senegal. The group's leader was arrested in the Philippines in 2014. The group took hostages in Niger in 2015. In 2016 it bombed an embassy in Sudan. A Dutch hostage was flown back to the Netherlands in 2016. Two fighters fled to the Philippines in 2017.
`;
  const { article: attacks } = parseArticle(source, { fileName: "southern-league.txt" });
  const clozes = generateClozeQuestions(createContext(attacks!, source));

  it("offers only places the article writes after 'the', so grammar does not give the answer away", () => {
    const afterThe = clozes.find((candidate) => candidate.answer === "Gambia");
    expect(afterThe?.prompt).toContain("in the _____");
    const choices = choicesOf(afterThe!);
    expect(choices.length === 0 || choices.every((choice) => ["Gambia", "Netherlands", "Philippines"].includes(choice)), choices.join(", ")).toBe(true);
  });

  it("offers no place the article always writes after 'the' where the blank has no 'the'", () => {
    const bare = clozes.filter((candidate) => /in _____/.test(candidate.prompt) && candidate.answerType === "place");
    expect(bare.length).toBeGreaterThan(0);
    for (const candidate of bare) expect(choicesOf(candidate), candidate.prompt).not.toContain("Netherlands");
  });
});
