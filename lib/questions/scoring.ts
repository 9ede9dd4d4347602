// How a candidate question is scored (0-1). Documented in docs/question-quality.md ("Scoring").
// Candidates below MINIMUM_SCORE are dropped; the rest compete for their prompt and per-kind caps.

export type DistractorSource = "structure" | "mixed" | "text" | "synthetic" | "none";

export type QualityFeatures = {
  /** How much a teacher wants this kind of question before looking at details (0-1). */
  kindWeight: number;
  /** How central the fact is: infobox and lead high, a detail deep in a section lower (0-1). */
  importance: number;
  promptWords: number;
  /**
   * Where the wrong choices come from: "structure" = other infobox lists or timeline entries (wrong
   * by the article's structure), "text" = names of the same type from the prose, "synthetic" =
   * generated dates or numbers, "mixed" = more than one, "none" = typed or no choices.
   */
  distractorSource: DistractorSource;
  choiceCount: number;
  /** Weaknesses the generator noticed, each a multiplier's loss (0-1). */
  penalties: { reason: string; weight: number }[];
};

export const MINIMUM_SCORE = 0.5;

const DISTRACTOR_FACTOR: Readonly<Record<DistractorSource, number>> = {
  structure: 1,
  mixed: 0.95,
  text: 0.9,
  synthetic: 0.88,
  none: 0.92,
};

export function scoreFeatures(features: QualityFeatures): number {
  const importance = 0.75 + 0.25 * clamp(features.importance);
  const words = features.promptWords;
  const length = words <= 25 ? 1 : words <= 40 ? 1 - ((words - 25) / 15) * 0.2 : 0.5;
  const choices = features.choiceCount === 0 || features.choiceCount >= 4 ? 1 : features.choiceCount === 3 ? 0.9 : 0.8;
  const penalties = features.penalties.reduce((product, penalty) => product * (1 - clamp(penalty.weight)), 1);
  const score = clamp(features.kindWeight) * importance * length * DISTRACTOR_FACTOR[features.distractorSource] * choices * penalties;
  return Math.round(score * 1000) / 1000;
}

export function scoreCandidate(candidate: { features: QualityFeatures }): number {
  return scoreFeatures(candidate.features);
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== "").length;
}
