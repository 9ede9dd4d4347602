import { describe, expect, it } from "vitest";
import { editDistance, typoTolerance } from "./edit-distance";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and transpositions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("abcd", "abdc")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("stops early once the limit is exceeded", () => {
    expect(editDistance("abcdefgh", "zyxwvuts", 2)).toBe(3);
  });
});

describe("typoTolerance", () => {
  it("tolerates nothing in short answers or numbers, more in long names", () => {
    expect(typoTolerance("mali")).toBe(0);
    expect(typoTolerance("2007 04 11")).toBe(0);
    expect(typoTolerance("timbuktu")).toBe(1);
    expect(typoTolerance("salafist group for preaching and combat")).toBe(3);
  });
});
