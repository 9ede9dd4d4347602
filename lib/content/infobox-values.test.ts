import { describe, expect, it } from "vitest";
import { parseInfoboxValues } from "./infobox-values";

function values(value: string) {
  const line = `- Key: ${value}`;
  const start = line.indexOf(": ") + 2;
  const parsed = parseInfoboxValues(line, start, line.length);
  for (const item of parsed.values) expect(line.slice(item.start, item.end)).toBe(item.text);
  return parsed;
}

const summary = (value: string) =>
  values(value).values.map((item) => [item.text, item.depth, item.period ? `${item.period.from}-${item.period.to ?? "now"}${item.period.approximate ? "~" : ""}` : null]);

describe("parseInfoboxValues", () => {
  it("drops an image-size token", () => {
    expect(summary("20px Ansar al-Sharia (Libya) (2012–2017), Ansaru")).toEqual([
      ["Ansar al-Sharia (Libya)", 0, "2012-2017"],
      ["Ansaru", 0, null],
    ]);
    expect(summary("20x20px Flag of Mali")).toEqual([["Flag of Mali", 0, null]]);
  });

  it("reads nesting stars, with or without a space", () => {
    expect(summary("Islamic State, * Libya Province, ** Tripolitania Province, *Somali Civil War (2009–present)")).toEqual([
      ["Islamic State", 0, null],
      ["Libya Province", 1, null],
      ["Tripolitania Province", 2, null],
      ["Somali Civil War", 1, "2009-now"],
    ]);
  });

  it("drops empty pipe cells", () => {
    expect(summary("| | | |USA |GBR |FRA")).toEqual([["USA", 0, null], ["GBR", 0, null], ["FRA", 0, null]]);
  });

  it("does not split on commas between digits or inside parentheses", () => {
    expect(summary("3,000–10,000 Between 2007 and 2014, 5,000 in Libya (2018 estimate)")).toEqual([
      ["3,000–10,000 Between 2007 and 2014", 0, null],
      ["5,000 in Libya (2018 estimate)", 0, null],
    ]);
    expect(summary("Niani (disputed, see below), Dakajalan")).toEqual([["Niani (disputed, see below)", 0, null], ["Dakajalan", 0, null]]);
  });

  it("reads the shapes of a trailing period", () => {
    expect(summary("A (2013), B (2007–09), C (c. 1537–1867), D (1430s–1591), E (2015-2017), F (2002–present)")).toEqual([
      ["A", 0, "2013-2013"],
      ["B", 0, "2007-2009"],
      ["C", 0, "1537-1867~"],
      ["D", 0, "1430-1591~"],
      ["E", 0, "2015-2017"],
      ["F", 0, "2002-now"],
    ]);
  });

  it("splits 'X (period) and Y', but not a plain 'and'", () => {
    expect(summary("Insurgency in the Maghreb (2002–present) and the Global War on Terrorism")).toEqual([
      ["Insurgency in the Maghreb", 0, "2002-now"],
      ["the Global War on Terrorism", 0, null],
    ]);
    expect(summary("Bosnia and Herzegovina (1992–1995)")).toEqual([["Bosnia and Herzegovina", 0, "1992-1995"]]);
  });

  it("keeps a lone parenthesis and a backwards period as text", () => {
    expect(summary("(2012–2017)")).toEqual([["(2012–2017)", 0, null]]);
    const backwards = values("Group (2017–2012)");
    expect(backwards.values.map((item) => item.text)).toEqual(["Group (2017–2012)"]);
    expect(backwards.notices).toEqual([expect.objectContaining({ message: expect.stringMatching(/ends before it starts/) })]);
  });

  it("marks a range without a start as damaged", () => {
    const parsed = values("–present");
    expect(parsed.values).toEqual([expect.objectContaining({ text: "–present", damaged: "range without a start year" })]);
    expect(parsed.notices).toHaveLength(1);
  });

  it("returns no values for an empty value", () => {
    expect(values("").values).toEqual([]);
    expect(values("| | |").values).toEqual([]);
  });
});
