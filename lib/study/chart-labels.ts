// Which category labels a chart's axis can show without them running into each other.

/**
 * The labels to show on an axis `width` pixels wide where the labels sit at evenly spaced points,
 * `width / labels.length` apart, each needing `labelWidth` pixels. Every label when they all fit;
 * otherwise evenly spaced ones, always with the first and the last. The last takes the place of the
 * one before it when the two would be closer than `labelWidth`.
 */
export function spacedLabels(labels: readonly string[], width: number, labelWidth: number): string[] {
  const count = labels.length;
  const fit = Math.max(2, Math.floor(width / labelWidth));
  if (count <= fit) return [...labels];
  // The fewest positions between two labels that keeps them labelWidth apart.
  const minimumGap = Math.ceil((labelWidth * count) / Math.max(1, width));
  const step = Math.max(minimumGap, Math.ceil((count - 1) / (fit - 1)));
  const shown = labels.filter((_, index) => index % step === 0);
  const lastIndex = count - 1;
  if (lastIndex % step !== 0) {
    if (lastIndex % step < minimumGap && shown.length > 1) shown.pop();
    shown.push(labels[lastIndex] as string);
  }
  return shown;
}
