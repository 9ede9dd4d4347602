import { describe, expect, it } from "vitest";
import { answerSchema, responseFitsKind, settingsSchema, startQuizSchema } from "./schema";

describe("study input schemas", () => {
  it("accept study settings from a form and keep desired retention within 0.80-0.97", () => {
    expect(settingsSchema.parse({ desiredRetention: "0.85", newCardsPerDay: "15", timeZone: "Europe/Paris" })).toEqual({ desiredRetention: 0.85, newCardsPerDay: 15, timeZone: "Europe/Paris" });
    const wrong = settingsSchema.safeParse({ desiredRetention: "0.99", newCardsPerDay: "2.5", timeZone: "Mars/Base" });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["desiredRetention", "newCardsPerDay", "timeZone"]);
  });

  it("limit a quiz to 1-50 questions of known kinds", () => {
    expect(startQuizSchema.safeParse({ articleSlug: "a", count: 0 }).success).toBe(false);
    expect(startQuizSchema.safeParse({ articleSlug: "a", count: 51 }).success).toBe(false);
    expect(startQuizSchema.safeParse({ articleSlug: "a", count: 5, kinds: ["essay"] }).success).toBe(false);
    expect(startQuizSchema.safeParse({ articleSlug: "a", count: 5, kinds: ["cloze"], sections: ["History"] }).success).toBe(true);
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
});
