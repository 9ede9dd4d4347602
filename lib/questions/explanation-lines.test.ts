import { describe, expect, it } from "vitest";
import { explanationLines } from "./explanation-lines";

describe("explanationLines", () => {
  it("keeps a one-sentence explanation as one line, parts unchanged", () => {
    const parts = [
      { text: "Founded in ", answer: false },
      { text: "Kessel", answer: true },
      { text: ".", answer: false },
    ];
    expect(explanationLines(parts)).toEqual([parts]);
  });

  it("starts a new line at each line break, wherever it falls, and keeps the marks", () => {
    const parts = [
      { text: "1100: ", answer: false },
      { text: "King Aldo founds the kingdom", answer: true },
      { text: ".", answer: false },
      { text: "\n", answer: false },
      { text: "Queen Mara is crowned", answer: true },
      { text: ".\n1135: ", answer: false },
      { text: "King Bren takes the throne", answer: true },
    ];
    expect(explanationLines(parts)).toEqual([
      [
        { text: "1100: ", answer: false },
        { text: "King Aldo founds the kingdom", answer: true },
        { text: ".", answer: false },
      ],
      [
        { text: "Queen Mara is crowned", answer: true },
        { text: ".", answer: false },
      ],
      [
        { text: "1135: ", answer: false },
        { text: "King Bren takes the throne", answer: true },
      ],
    ]);
  });
});
