import { describe, expect, it } from "vitest";
import { spacedLabels } from "./chart-labels";

const days = Array.from({ length: 30 }, (_, index) => `day ${index + 1}`);

describe("spacedLabels", () => {
  it("keeps every label when they fit", () => {
    expect(spacedLabels(["a", "b", "c"], 300, 72)).toEqual(["a", "b", "c"]);
    expect(spacedLabels(days.slice(0, 7), 7 * 64, 64)).toEqual(days.slice(0, 7));
  });

  it("spaces them evenly when they do not, always with the first and the last", () => {
    const shown = spacedLabels(days, 30 * 20, 72); // room for 8 labels
    expect(shown[0]).toBe("day 1");
    expect(shown.at(-1)).toBe("day 30");
    expect(shown.length).toBeLessThanOrEqual(8);
    expect(shown.length).toBeGreaterThanOrEqual(5);
    const positions = shown.map((label) => days.indexOf(label));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("never puts two labels closer than a label's width", () => {
    for (let width = 100; width <= 1200; width += 10) {
      const shown = spacedLabels(days, width, 72);
      const positions = shown.map((label) => days.indexOf(label));
      const gaps = positions.slice(1).map((position, index) => position - (positions[index] ?? 0));
      // The labels sit at evenly spaced points across the width, as on the charts.
      for (const gap of gaps) expect(gap * (width / days.length), `at ${width} px`).toBeGreaterThanOrEqual(72);
      expect(shown.length, `at ${width} px`).toBeLessThanOrEqual(Math.max(2, Math.floor(width / 72)));
    }
  });

  it("keeps a middle label on a phone-sized axis", () => {
    expect(spacedLabels(days, 238, 72)).toEqual(["day 1", "day 16", "day 30"]);
  });

  it("shows at least the first and the last however narrow the chart", () => {
    expect(spacedLabels(days, 10, 72)).toEqual(["day 1", "day 30"]);
    expect(spacedLabels(["only"], 10, 72)).toEqual(["only"]);
  });
});
