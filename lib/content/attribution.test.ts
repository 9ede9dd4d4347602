import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { readAttribution } from "./attribution";

describe("readAttribution", () => {
  it("accepts the sidecar of the first article and names the licence", () => {
    const text = fs.readFileSync(new URL("../../content/al-qaeda-in-the-islamic-maghreb.attribution", import.meta.url), "utf8");
    const { attribution, problems } = readAttribution(text);
    expect(problems).toEqual([]);
    expect(attribution).toMatch(/English Wikipedia/);
    expect(attribution).toMatch(/CC BY-SA 4\.0/);
  });

  it("trims surrounding blank lines", () => {
    expect(readAttribution("\n  Written for Footnote. CC BY-SA 4.0.\n\n")).toEqual({ attribution: "Written for Footnote. CC BY-SA 4.0.", problems: [] });
  });

  it("rejects an empty file", () => {
    expect(readAttribution(" \n")).toEqual({ attribution: null, problems: [expect.objectContaining({ severity: "error", line: 1, message: expect.stringMatching(/empty/) })] });
  });

  it("rejects a second line, reporting where it is", () => {
    expect(readAttribution("\nFirst line.\nSecond line.\n").problems).toEqual([
      expect.objectContaining({ severity: "error", line: 3, column: 1, message: expect.stringMatching(/more than one line/) }),
    ]);
  });
});
