import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer";

const typed = (answer: string, accepted: string[] = []) => ({ kind: "cloze", answer, accepted });

describe("checkAnswer", () => {
  it("accepts the answer typed with different case, accents and punctuation", () => {
    expect(checkAnswer(typed("al-Qaïda"), "Al Qaida")).toEqual({ correct: true, matched: "al-Qaïda" });
    expect(checkAnswer(typed("the Sahara"), "sahara")).toEqual({ correct: true, matched: "the Sahara" });
  });

  it("accepts accepted variants and reports which one matched", () => {
    expect(checkAnswer(typed("Salafist Group for Preaching and Combat", ["GSPC"]), "gspc")).toEqual({ correct: true, matched: "GSPC" });
  });

  it("tolerates a slip in a long name but not in a short one or a number", () => {
    expect(checkAnswer(typed("Salafist Group for Preaching and Combat"), "Salafist Group for Preching and Combat").correct).toBe(true);
    expect(checkAnswer(typed("Mali"), "Mari").correct).toBe(false);
    expect(checkAnswer(typed("2007"), "2008").correct).toBe(false);
    expect(checkAnswer(typed("Salafist Group for Preaching and Combat"), "Islamic Group for Preaching").correct).toBe(false);
  });

  it("tolerates two neighbouring letters swapped in a name of five letters or more, and nothing else in a short one", () => {
    expect(checkAnswer(typed("Israel"), "Isreal").correct).toBe(true);
    expect(checkAnswer(typed("Niger"), "Nigre").correct).toBe(true);
    expect(checkAnswer(typed("Israel"), "Isral").correct).toBe(false);
    expect(checkAnswer(typed("Israel"), "Isreel").correct).toBe(false);
    expect(checkAnswer(typed("Israel"), "Irsael").correct).toBe(true);
    expect(checkAnswer(typed("Mali"), "Mail").correct).toBe(false);
    expect(checkAnswer(typed("Israel"), "Isaerl").correct).toBe(false);
    expect(checkAnswer(typed("1324"), "1342").correct).toBe(false);
  });

  it("compares numbers and dates as values", () => {
    expect(checkAnswer(typed("3,000"), "3000").correct).toBe(true);
    expect(checkAnswer(typed("11 April 2007"), "April 11, 2007").correct).toBe(true);
    expect(checkAnswer(typed("11 April 2007"), "2007-04-11").correct).toBe(true);
    expect(checkAnswer(typed("11 April 2007"), "2007-04-12").correct).toBe(false);
  });

  it("rejects empty and wrong-shaped responses", () => {
    expect(checkAnswer(typed("Mali"), "").correct).toBe(false);
    expect(checkAnswer(typed("Mali"), ["Mali"]).correct).toBe(false);
  });

  it("judges true/false from words or booleans", () => {
    const question = { kind: "true-false", answer: "False" };
    expect(checkAnswer(question, "false").correct).toBe(true);
    expect(checkAnswer(question, false).correct).toBe(true);
    expect(checkAnswer(question, "True").correct).toBe(false);
    expect(checkAnswer(question, "maybe").correct).toBe(false);
  });

  it("judges an ordering item by item", () => {
    const question = { kind: "timeline-order", answer: ["A first", "B second", "C third"] };
    expect(checkAnswer(question, ["a first", "b second", "c third"]).correct).toBe(true);
    expect(checkAnswer(question, ["B second", "A first", "C third"]).correct).toBe(false);
    expect(checkAnswer(question, ["A first", "B second"]).correct).toBe(false);
  });

  it("judges matching pairs in any order", () => {
    const question = {
      kind: "matching",
      answer: [
        ["Event one", "2007"],
        ["Event two", "2009"],
      ] as [string, string][],
    };
    expect(checkAnswer(question, [["event two", "2009"], ["Event one", "2007"]]).correct).toBe(true);
    expect(checkAnswer(question, [["Event one", "2009"], ["Event two", "2007"]]).correct).toBe(false);
  });
});
