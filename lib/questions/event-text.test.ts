import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../content/types";
import { describeEvent, toPastTense, toWhenQuestion } from "./event-text";

const lowerInitial = (text: string) => (/^(?:Two|Four|The|A|An|Gunmen|Militants)\b/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);
const when = (text: string, words = "On what date") => toWhenQuestion(text, { questionWords: words, lowerInitial });

describe("toWhenQuestion", () => {
  it("rewrites passive sentences", () => {
    expect(when("Two car bombs were detonated by the rebels")).toBe("On what date were two car bombs detonated by the rebels?");
    expect(when("The Great Mosque is completed", "In which year")).toBe("In which year was the Great Mosque completed?");
    expect(when("An Italian national, Marco Rossi, and his wife are held hostage", "In which month and year")).toBe(
      "In which month and year were an Italian national, Marco Rossi, and his wife held hostage?",
    );
  });

  it("rewrites active sentences in the past or present with 'did' and the base form", () => {
    expect(when("Militants ambushed an army convoy in Brenna")).toBe("On what date did militants ambush an army convoy in Brenna?");
    expect(when("The Front claims the attack on the port")).toBe("On what date did the Front claim the attack on the port?");
    expect(when("Gunmen attack the Grand Hotel in Ostra")).toBe("On what date did gunmen attack the Grand Hotel in Ostra?");
    expect(when("A suicide bomber drove a truck into a patrol and detonated it")).toBe("On what date did a suicide bomber drive a truck into a patrol and detonate it?");
    expect(when("France launches Operation Lynx")).toBe("On what date did France launch Operation Lynx?");
  });

  it("does not mistake a plural noun before a verb for the verb", () => {
    expect(when("French military forces conducted an operation in Ostra")).toBe("On what date did French military forces conduct an operation in Ostra?");
  });

  it("leaves sentences it cannot rewrite safely", () => {
    expect(when("Sundiata dies and is succeeded by his son")).toBeUndefined();
    expect(when("A soldier was killed and three were injured in an attack")).toBeUndefined();
    expect(when("The Uqba Battalion, the southern wing of the Front")).toBeUndefined();
  });
});

describe("toPastTense", () => {
  it("puts the main verb (and verbs joined to it) into the past", () => {
    expect(toPastTense("the Great Mosque is completed")).toBe("the Great Mosque was completed");
    expect(toPastTense("King Musa makes the pilgrimage and passes through Cairo")).toBe("King Musa made the pilgrimage and passed through Cairo");
    expect(toPastTense("Sundiata dies and is succeeded by his son")).toBe("Sundiata dies and is succeeded by his son");
    // A plural subject's present: each verb joined by "and" goes into the past, a noun after "and" does not.
    expect(toPastTense("gunmen attack the Radisson Blu hotel in Bamako and take guests hostage")).toBe("gunmen attacked the Radisson Blu hotel in Bamako and took guests hostage");
    expect(toPastTense("rebels seize the airport and base of the army")).toBe("rebels seized the airport and base of the army");
    expect(toPastTense("rebels seize the town and base")).toBe("rebels seized the town and base");
  });
});

describe("describeEvent", () => {
  const event = (body: string): TimelineEvent => ({
    id: "t-1",
    sectionId: "sec-timeline",
    date: { year: 2016, month: 1, day: 15 },
    dateText: "15 January 2016",
    text: `15 January 2016: ${body}`,
    start: 100,
    end: 117 + body.length,
    body,
    bodyStart: 117,
    bodyEnd: 117 + body.length,
    sentenceIds: ["s-1"],
  });

  it("keeps the main clause of the first sentence as a verbatim prefix", () => {
    const description = describeEvent(event("Gunmen attack the Grand Hotel in Ostra, killing at least 28 people. Two were later freed."));
    expect(description.text).toBe("Gunmen attack the Grand Hotel in Ostra");
    expect(description.start).toBe(117);
    expect(description.end).toBe(117 + description.text.length);
  });

  it("does not stop at abbreviations", () => {
    expect(describeEvent(event("Gunmen attack the Grand Hotel at about 7 a.m. local time and take guests hostage.")).text).toBe(
      "Gunmen attack the Grand Hotel at about 7 a.m. local time and take guests hostage",
    );
  });
});
