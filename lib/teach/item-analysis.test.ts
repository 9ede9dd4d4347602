import { describe, expect, it } from "vitest";
import { analyseItems, pointBiserial, type AnalysedAttempt } from "./item-analysis";

const attempt = (userId: string, marks: Record<string, boolean | null>, responses: Record<string, string> = {}): AnalysedAttempt => ({
  userId,
  items: Object.entries(marks).map(([questionId, mark]) => ({ questionId, correct: mark === true, response: mark === null ? null : (responses[questionId] ?? (mark ? "right" : "wrong")) })),
});

describe("pointBiserial", () => {
  it("is 1 when the right answers go exactly with the higher other scores", () => {
    expect(pointBiserial([{ item: true, rest: 1 }, { item: true, rest: 1 }, { item: false, rest: 0 }, { item: false, rest: 0 }])).toBeCloseTo(1);
  });

  it("is negative when the weaker students get it right", () => {
    expect(pointBiserial([{ item: false, rest: 1 }, { item: true, rest: 0 }, { item: false, rest: 0.8 }, { item: true, rest: 0.2 }])).toBeLessThan(0);
  });

  it("is undefined when everyone is right, or the other scores are all equal", () => {
    expect(pointBiserial([{ item: true, rest: 1 }, { item: true, rest: 0 }])).toBeNull();
    expect(pointBiserial([{ item: true, rest: 0.5 }, { item: false, rest: 0.5 }])).toBeNull();
  });

  it("matches a hand-computed value", () => {
    // rest: right {0.8, 0.6}, wrong {0.4, 0.2}; mean 0.5, sd sqrt(0.05); p = 0.5
    const r = pointBiserial([{ item: true, rest: 0.8 }, { item: true, rest: 0.6 }, { item: false, rest: 0.4 }, { item: false, rest: 0.2 }]);
    expect(r).toBeCloseTo(((0.7 - 0.3) / Math.sqrt(0.05)) * 0.5, 10);
  });
});

describe("analyseItems", () => {
  const keys = [
    { questionId: "easy", choices: ["right", "wrong", "other"], correctAnswer: "right" },
    { questionId: "hard", choices: ["right", "wrong"], correctAnswer: "right" },
    { questionId: "good", choices: null, correctAnswer: "right" },
    { questionId: "unseen", choices: null, correctAnswer: "x" },
  ];
  // Six students: strong ones get "good" right, weak ones wrong; all get "easy"; almost nobody "hard".
  const attempts = [
    attempt("a", { easy: true, hard: true, good: true, extra1: true, extra2: true }),
    attempt("b", { easy: true, hard: false, good: true, extra1: true, extra2: true }),
    attempt("c", { easy: true, hard: false, good: true, extra1: true, extra2: false }),
    attempt("d", { easy: true, hard: false, good: false, extra1: false, extra2: true }),
    attempt("e", { easy: true, hard: false, good: false, extra1: false, extra2: false }),
    attempt("f", { easy: true, hard: null, good: false, extra1: false, extra2: false }),
  ];
  const stats = analyseItems(keys, attempts);
  const by = (id: string) => stats.find((item) => item.questionId === id)!;

  it("computes facility over the students who saw each question, unanswered counting as wrong", () => {
    expect(by("easy")).toMatchObject({ seen: 6, correct: 6, facility: 1 });
    expect(by("hard")).toMatchObject({ seen: 6, correct: 1, unanswered: 1 });
    expect(by("hard").facility).toBeCloseTo(1 / 6);
    expect(by("unseen")).toMatchObject({ seen: 0, facility: null, discrimination: null, flags: [] });
  });

  it("flags too easy, too hard and poorly discriminating questions, and not a good one", () => {
    expect(by("easy").flags).toEqual(["too-easy"]);
    expect(by("hard").flags).toContain("too-hard");
    expect(by("good").flags).toEqual([]);
    expect(by("good").discrimination).toBeGreaterThan(0.5);
  });

  it("raises no flag with fewer than five answers", () => {
    const few = analyseItems(keys, attempts.slice(0, 3));
    expect(few.every((item) => item.flags.length === 0)).toBe(true);
  });

  it("counts every offered choice, including one nobody picked", () => {
    expect(by("easy").choices).toEqual([
      { choice: "right", count: 6, correct: true },
      { choice: "other", count: 0, correct: false },
      { choice: "wrong", count: 0, correct: false },
    ]);
    expect(by("hard").choices).toEqual([
      { choice: "wrong", count: 4, correct: false },
      { choice: "right", count: 1, correct: true },
    ]);
  });
});
