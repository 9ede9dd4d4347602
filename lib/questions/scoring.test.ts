import { describe, expect, it } from "vitest";
import { MINIMUM_SCORE, scoreFeatures, type QualityFeatures } from "./scoring";

const base: QualityFeatures = { kindWeight: 0.85, importance: 1, promptWords: 15, distractorSource: "structure", choiceCount: 4, penalties: [] };

describe("scoreFeatures", () => {
  it("keeps a strong question well above the threshold", () => {
    expect(scoreFeatures(base)).toBeGreaterThan(0.8);
  });

  it("lowers the score for long prompts, weak distractors, fewer choices and penalties", () => {
    const strong = scoreFeatures(base);
    expect(scoreFeatures({ ...base, promptWords: 45 })).toBeLessThan(strong);
    expect(scoreFeatures({ ...base, distractorSource: "synthetic" })).toBeLessThan(strong);
    expect(scoreFeatures({ ...base, choiceCount: 3 })).toBeLessThan(strong);
    expect(scoreFeatures({ ...base, importance: 0 })).toBeLessThan(strong);
  });

  it("drops a question with a heavy penalty below the threshold", () => {
    expect(scoreFeatures({ ...base, penalties: [{ reason: "generic wording", weight: 0.45 }] })).toBeLessThan(MINIMUM_SCORE);
  });
});
