// Item analysis for one assignment (docs/decisions/030-teach-assignments.md):
// - facility: the share of students who saw a question and got it right (unanswered counts as wrong);
// - discrimination: the point-biserial correlation between getting this question right and the
//   student's score on the OTHER questions of the same attempt (the corrected item-total
//   correlation). It uses every student, and stays meaningful with per-student draws, where each
//   question is seen by a different subset of the class;
// - how often each choice was picked.

/** One question as one student's analysed attempt saw it. */
export type ItemResponse = { questionId: string; correct: boolean; response: unknown | null };
export type AnalysedAttempt = { userId: string; items: readonly ItemResponse[] };

export type ItemFlag = "too-easy" | "too-hard" | "poor-discrimination";

export const ITEM_THRESHOLDS = {
  /** Fewer answers than this and no flag is raised: the numbers would be noise. */
  minResponses: 5,
  tooEasyAbove: 0.9,
  tooHardBelow: 0.3,
  poorDiscriminationBelow: 0.2,
} as const;

export type ChoiceCount = { choice: string; count: number; correct: boolean };

export type ItemStatistics = {
  questionId: string;
  /** Students whose attempt included the question. */
  seen: number;
  correct: number;
  unanswered: number;
  /** 0-1; null when nobody saw it. */
  facility: number | null;
  /** -1..1; null when it cannot be computed (everyone right, everyone wrong, or identical other scores). */
  discrimination: number | null;
  flags: ItemFlag[];
  /** Every offered choice with how often it was picked (correct one included), most picked first; then other responses. */
  choices: ChoiceCount[];
};

export type ItemKey = { questionId: string; choices: readonly string[] | null; correctAnswer: string | null };

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Point-biserial correlation of a 0/1 variable with a continuous one; null when undefined. */
export function pointBiserial(pairs: readonly { item: boolean; rest: number }[]): number | null {
  const right = pairs.filter((pair) => pair.item).map((pair) => pair.rest);
  const wrong = pairs.filter((pair) => !pair.item).map((pair) => pair.rest);
  if (right.length === 0 || wrong.length === 0) return null;
  const all = pairs.map((pair) => pair.rest);
  const average = mean(all);
  const deviation = Math.sqrt(mean(all.map((value) => (value - average) ** 2)));
  if (deviation === 0) return null;
  const p = right.length / pairs.length;
  return ((mean(right) - mean(wrong)) / deviation) * Math.sqrt(p * (1 - p));
}

export function flagsFor(seen: number, facility: number | null, discrimination: number | null): ItemFlag[] {
  if (seen < ITEM_THRESHOLDS.minResponses || facility === null) return [];
  const flags: ItemFlag[] = [];
  if (facility > ITEM_THRESHOLDS.tooEasyAbove) flags.push("too-easy");
  if (facility < ITEM_THRESHOLDS.tooHardBelow) flags.push("too-hard");
  if (discrimination !== null && discrimination < ITEM_THRESHOLDS.poorDiscriminationBelow) flags.push("poor-discrimination");
  return flags;
}

function responseLabel(response: unknown): string | null {
  if (typeof response === "string") return response.trim();
  if (typeof response === "boolean") return response ? "True" : "False";
  return null;
}

/**
 * Statistics for every question in `keys` (in that order). `attempts` holds one attempt per student
 * (the caller chooses which: the first finished one, see the decision record).
 */
export function analyseItems(keys: readonly ItemKey[], attempts: readonly AnalysedAttempt[]): ItemStatistics[] {
  const perQuestion = new Map<string, { item: boolean; rest: number; response: unknown | null }[]>();
  for (const attempt of attempts) {
    const total = attempt.items.filter((item) => item.correct).length;
    const others = attempt.items.length - 1;
    for (const item of attempt.items) {
      const rest = others > 0 ? (total - (item.correct ? 1 : 0)) / others : Number.NaN;
      const list = perQuestion.get(item.questionId) ?? [];
      list.push({ item: item.correct, rest, response: item.response });
      perQuestion.set(item.questionId, list);
    }
  }
  return keys.map((key) => {
    const rows = perQuestion.get(key.questionId) ?? [];
    const seen = rows.length;
    const correct = rows.filter((row) => row.item).length;
    const facility = seen > 0 ? correct / seen : null;
    const withRest = rows.filter((row) => Number.isFinite(row.rest));
    const discrimination = withRest.length >= 2 ? pointBiserial(withRest) : null;
    return {
      questionId: key.questionId,
      seen,
      correct,
      unanswered: rows.filter((row) => row.response === null).length,
      facility,
      discrimination,
      flags: flagsFor(seen, facility, discrimination),
      choices: countChoices(key, rows.map((row) => row.response)),
    };
  });
}

/** Offered choices (0 included, so a never-picked distractor shows up), then other typed responses. */
function countChoices(key: ItemKey, responses: readonly (unknown | null)[]): ChoiceCount[] {
  const counts = new Map<string, number>();
  for (const choice of key.choices ?? []) counts.set(choice, 0);
  for (const response of responses) {
    const label = responseLabel(response);
    if (label === null || label === "") continue;
    const offered = key.choices?.find((choice) => choice.toLowerCase() === label.toLowerCase());
    const name = offered ?? label;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const offered = new Set(key.choices ?? []);
  return [...counts]
    .map(([choice, count]) => ({ choice, count, correct: key.correctAnswer !== null && choice.toLowerCase() === key.correctAnswer.toLowerCase() }))
    .sort((a, b) => Number(offered.has(b.choice)) - Number(offered.has(a.choice)) || b.count - a.count || a.choice.localeCompare(b.choice));
}

export const ITEM_FLAG_LABELS: Record<ItemFlag, string> = {
  "too-easy": "Too easy",
  "too-hard": "Too hard",
  "poor-discrimination": "Poorly discriminating",
};
