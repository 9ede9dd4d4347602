/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), or `limit + 1`
 * as soon as the distance is known to exceed `limit`.
 */
export function editDistance(left: string, right: string, limit = Number.POSITIVE_INFINITY): number {
  if (left === right) return 0;
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        value = Math.min(value, previousPrevious[j - 2]! + 1);
      }
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[right.length]!;
}

/**
 * How many typing slips a normalised answer of this length tolerates: none below 8 characters
 * (short names differ meaningfully by one letter), then one per 8 characters, at most 3.
 */
export function typoTolerance(normalisedAnswer: string): number {
  if (/\d/.test(normalisedAnswer)) return 0;
  const length = normalisedAnswer.replace(/\s/g, "").length;
  if (length < 8) return 0;
  return Math.min(3, Math.floor(length / 8));
}
