import { describe, expect, it } from "vitest";
import { questionSchema } from "@/lib/questions/schema";
import { answerSchema, responseFitsKind, responseIsOfferedChoice, reviewSchema, settingsSchema, startQuizSchema } from "./schema";

describe("study input schemas", () => {
  it("accept study settings from a form and keep desired retention within 0.80-0.97", () => {
    expect(settingsSchema.parse({ desiredRetention: "0.85", newCardsPerDay: "15", timeZone: "Europe/Paris" })).toEqual({ desiredRetention: 0.85, newCardsPerDay: 15, timeZone: "Europe/Paris" });
    expect(settingsSchema.parse({ desiredRetention: "0.97", newCardsPerDay: "0", timeZone: "UTC" }).desiredRetention).toBe(0.97);
    expect(settingsSchema.safeParse({ desiredRetention: "0.805", newCardsPerDay: "15", timeZone: "UTC" }).error?.issues.map((issue) => issue.message)).toEqual(["Use at most two decimal places, e.g. 0.90"]);
    const wrong = settingsSchema.safeParse({ desiredRetention: "0.99", newCardsPerDay: "2.5", timeZone: "Mars/Base" });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["desiredRetention", "newCardsPerDay", "timeZone"]);
  });

  it("say a setting left empty needs a number, instead of reading it as 0", () => {
    // A number input sends "" for text that is not a number ("abc").
    const empty = settingsSchema.safeParse({ desiredRetention: "", newCardsPerDay: " ", timeZone: "UTC" });
    expect(empty.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["desiredRetention", "Enter a number"],
      ["newCardsPerDay", "Enter a whole number"],
    ]);
    expect(settingsSchema.parse({ desiredRetention: "0.9", newCardsPerDay: "0", timeZone: "UTC" }).newCardsPerDay).toBe(0);
  });

  it("limit a quiz to 1-50 questions of known kinds", () => {
    expect(startQuizSchema.safeParse({ articleSlug: "a", count: 0 }).success).toBe(false);
    expect(startQuizSchema.safeParse({ articleSlug: "a", count: 51 }).success).toBe(false);
    expect(startQuizSchema.safeParse({ articleSlug: "a", count: 5, kinds: ["essay"] }).success).toBe(false);
    expect(startQuizSchema.safeParse({ articleSlug: "a", count: 5, kinds: ["cloze"], sections: ["History"] }).success).toBe(true);
    // Flashcards are for review: not offered among a quiz's kinds.
    const flashcards = startQuizSchema.safeParse({ articleSlug: "a", count: 5, kinds: ["flashcard"] });
    expect(flashcards.success).toBe(false);
    expect(flashcards.error?.issues[0]?.message).not.toContain("flashcard");
  });

  it("name the ratings a review takes", () => {
    for (const rating of [0, 5, "3", 2.5, undefined]) {
      expect(reviewSchema.safeParse({ rating }).error?.issues[0]?.message).toBe("Expected a rating: 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)");
    }
    expect(reviewSchema.parse({ rating: 4 })).toEqual({ rating: 4 });
  });

  it("require a response in the shape of the question's answer", () => {
    expect(answerSchema.safeParse({ questionId: "q_1", response: { a: 1 } }).success).toBe(false);
    expect(responseFitsKind("cloze", "North Africa", 1)).toBe(true);
    expect(responseFitsKind("cloze", ["North Africa"], 1)).toBe(false);
    expect(responseFitsKind("true-false", false, 1)).toBe(true);
    expect(responseFitsKind("timeline-order", ["a", "b"], 3)).toBe(false);
    expect(responseFitsKind("timeline-order", ["a", "b", "c"], 3)).toBe(true);
    expect(responseFitsKind("matching", [["a", "x"], ["b", "y"], ["c", "z"]], 3)).toBe(true);
    expect(responseFitsKind("matching", ["a", "b", "c"], 3)).toBe(false);
  });

  it("refuse an empty answer, and say what a response looks like when it is missing or malformed", () => {
    expect(responseFitsKind("cloze", "", 1)).toBe(false);
    expect(responseFitsKind("infobox-fact", "  \t", 1)).toBe(false);
    expect(responseFitsKind("cloze", "\u200b", 1)).toBe(false);
    expect(responseFitsKind("cloze", "\ufeff \u2060", 1)).toBe(false);
    for (const invisible of ["\u00ad", "\u200e", "\u180e", "\u2800", "\u202e\u200f"]) expect(responseFitsKind("cloze", invisible, 1)).toBe(false);
    expect(responseFitsKind("cloze", "Kidal\u00ad", 1)).toBe(true);
    expect(responseFitsKind("cloze", "?", 1)).toBe(true);
    expect(responseFitsKind("true-false", "maybe", 1)).toBe(false);
    expect(responseFitsKind("true-false", "", 1)).toBe(false);
    expect(responseFitsKind("true-false", " Yes ", 1)).toBe(true);
    expect(responseFitsKind("true-false", "False", 1)).toBe(true);
    expect(answerSchema.safeParse({ questionId: "q_1" }).error?.issues[0]).toMatchObject({ path: ["response"], message: expect.stringContaining("Required") });
    expect(answerSchema.safeParse({ questionId: "q_1", response: 3 }).error?.issues[0]?.message).toContain("array of [left, right] pairs");
  });

  it("take only one of the choices for a question that cannot be typed", () => {
    const text = "1324: Mansa Musa travelled to Mecca.";
    const event = questionSchema.parse({
      id: "q_0000000000001",
      kind: "timeline-event",
      prompt: "Which event took place in 1324?",
      answer: "Mansa Musa travelled to Mecca",
      choices: ["Mansa Musa travelled to Mecca", "The court met", "The towns burned"],
      accepted: [],
      typeable: false,
      score: 0.8,
      source: { articleSlug: "a", sectionPath: [], refId: "t-1", text, start: 6, end: 35 },
      explanation: { parts: [{ text: "1324: ", answer: false }, { text: "Mansa Musa travelled to Mecca", answer: true }, { text: ".", answer: false }], notes: [] },
    });
    expect(responseIsOfferedChoice(event, "The court met")).toBe(true);
    expect(responseIsOfferedChoice(event, "mansa musa travelled to mecca")).toBe(false);
    expect(responseIsOfferedChoice(event, "anything else")).toBe(false);
    expect(responseIsOfferedChoice({ ...event, typeable: true }, "anything else")).toBe(true);
  });

  it("take an ordering of the question's own items, each once, and a matching of its own items", () => {
    const base = { accepted: [], typeable: false, score: 0.8, source: { articleSlug: "a", sectionPath: [], refId: "t-1", text: "x", start: 0, end: 1 }, explanation: { parts: [{ text: "x", answer: true }], notes: [] } };
    const order = questionSchema.parse({ ...base, id: "q_0000000000002", kind: "timeline-order", prompt: "Put these in order.", answer: ["A", "B", "C"], choices: ["B", "C", "A"] });
    expect(responseIsOfferedChoice(order, ["C", "A", "B"])).toBe(true);
    expect(responseIsOfferedChoice(order, ["a", "a", "a"])).toBe(false);
    expect(responseIsOfferedChoice(order, ["A", "A", "B"])).toBe(false);
    expect(responseIsOfferedChoice(order, ["A", "B", "D"])).toBe(false);
    const matching = questionSchema.parse({
      ...base,
      id: "q_0000000000003",
      kind: "matching",
      prompt: "Match each person to the role.",
      answer: [["P", "leader"], ["Q", "founder"], ["R", "envoy"]],
      choices: ["leader", "founder", "envoy"],
    });
    expect(responseIsOfferedChoice(matching, [["Q", "leader"], ["P", "founder"], ["R", "envoy"]])).toBe(true);
    // Two lefts on one right is a wrong answer, not a malformed one.
    expect(responseIsOfferedChoice(matching, [["P", "leader"], ["Q", "leader"], ["R", "envoy"]])).toBe(true);
    expect(responseIsOfferedChoice(matching, [["P", "leader"], ["P", "founder"], ["R", "envoy"]])).toBe(false);
    expect(responseIsOfferedChoice(matching, [["x", "y"], ["x", "y"], ["x", "y"]])).toBe(false);
    expect(responseIsOfferedChoice(matching, [["P", "leader"], ["Q", "founder"], ["R", "spy"]])).toBe(false);
  });
});
