import { describe, expect, it } from "vitest";
import { checkAnswer } from "../answers/check-answer";
import { normaliseAnswer } from "../answers/normalise-answer";
import { parseArticle } from "../content/parse-article";
import { acceptedVariants, createContext } from "./context";
import { generateQuestions } from "./generate";

// One thing, several names, as the article gives them: two transliterations of one group's name
// (both spell its acronym), a nom de guerre stated beside a name, two spellings of a town, and a
// spelling given in brackets.
const SOURCE = `= Northern Front =

Northern Front
- Allies: Harakat Nasr al-Din wal Muslimin, Red Brigade, Ostra Liberation Movement
- Opponents: Southern Army, Kessel Defence Group, Blue Battalion
- Leaders: Idris Mahamat, Samir Kanté

The Northern Front is a militant organization based in Kessel (also spelled Qessel). On 2 March 2017, the Northern Front merged with the Red Brigade into Harakat Nasr al-Din wal Muslimin.

==History==
The group's commander Idris Mahamat, known by the nom de guerre Abu Talut, led the raid on Kessel in 2015. Mahamat was killed in 2019. The militant leader Abu Talut had founded the group in 2009. In 2018 the commander Samir Kanté took over. The former commander Omar Diallo was arrested in 2016. In 2014, the militant leader Yusuf Traoré left the group.

Fighters attacked a hotel in Tambacounda in 2016. In 2018, gunmen attacked the town of Tambakunda, near Kessel.

==Timeline==
- 2 May 2019: A video was released by Haraka Nusrat al-Din wa al-Muslimin (HNDM).
- 5 June 2020: The Kessel Defence Group attacked the Blue Battalion in Ostra.
`;

const { article } = parseArticle(SOURCE, { fileName: "northern-front.txt" });
const questions = generateQuestions(article!, SOURCE);
const context = createContext(article!, SOURCE);

const ONE_THING = [
  ["Harakat Nasr al-Din wal Muslimin", "Haraka Nusrat al-Din wa al-Muslimin"],
  ["Idris Mahamat", "Abu Talut"],
  ["Tambacounda", "Tambakunda"],
  ["Kessel", "Qessel"],
];

const clozeFor = (answer: string) => questions.find((question) => question.kind === "cloze" && question.answer === answer);

describe("names the article gives one thing", () => {
  it("never appear together among one question's choices", () => {
    const withChoices = questions.filter((question) => "choices" in question && question.choices !== undefined && question.kind !== "true-false");
    expect(withChoices.length).toBeGreaterThan(3);
    for (const question of withChoices) {
      const choices = ((question as { choices: string[] }).choices).map(normaliseAnswer);
      for (const names of ONE_THING) {
        const present = names.filter((name) => choices.includes(normaliseAnswer(name)));
        expect(present.length, `${question.prompt}: ${present.join(" / ")}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it("are accepted as typed answers for each other", () => {
    const founder = clozeFor("Abu Talut");
    expect(founder?.prompt).toContain("The militant leader _____ had founded");
    expect(checkAnswer(founder!, "Idris Mahamat").correct).toBe(true);
    const town = clozeFor("Tambakunda");
    expect(checkAnswer(town!, "Tambacounda").correct).toBe(true);
    expect(acceptedVariants(context, "Kessel")).toContain("Qessel");
    expect(acceptedVariants(context, "Harakat Nasr al-Din wal Muslimin")).toEqual(expect.arrayContaining(["Haraka Nusrat al-Din wa al-Muslimin", "HNDM"]));
  });

  it("keeps different names apart", () => {
    expect(context.sameEntity("Red Brigade", "Blue Battalion", "organisation")).toBe(false);
    expect(context.sameEntity("Samir Kanté", "Abu Talut", "person")).toBe(false);
    expect(acceptedVariants(context, "Ostra")).toEqual([]);
  });

  it("counts a surname as the person, under every name the article gives them", () => {
    expect(context.sameEntity("Mahamat", "Abu Talut", "person")).toBe(true);
  });
});

describe("words after a name that do not give it another name", () => {
  const source = `= Eastern Front =

The Eastern Front is a militant organization active in Kessel and Ostra. In 2013 Varland launched an operation in Kessel, known as Operation Lantern, against the group. The group moved its fighters to Ostra (or Tambacounda) in 2015. Its commander Idris Mahamat, known as the Lion, fled to Tambacounda in 2016. The Varland army fought in Kessel, Ostra and Tambacounda in 2017.
`;
  const parsed = parseArticle(source, { fileName: "eastern-front.txt" });
  const eastern = createContext(parsed.article!, source);

  it("are not taken for one: a comma phrase about the words before the name, or an alternative in brackets", () => {
    expect(acceptedVariants(eastern, "Kessel")).not.toContain("Operation Lantern");
    expect(acceptedVariants(eastern, "Ostra")).not.toContain("Tambacounda");
    expect(eastern.sameEntity("Ostra", "Tambacounda", "place")).toBe(false);
    // "known as the Lion" is not a name the article gives a person elsewhere.
    expect(acceptedVariants(eastern, "Idris Mahamat")).toEqual([]);
  });
});
