import { describe, expect, it } from "vitest";
import { normaliseAnswer } from "../answers/normalise-answer";
import type { DatePoint } from "../content/types";
import { chooseDateDistractors, datesOverlap, findDateMentions, formatDatePoint, precisionOf, readDateStyle } from "./dates";
import { createRandom } from "./seeded-random";

describe("formatDatePoint", () => {
  it("writes a date in the style it was read in", () => {
    expect(formatDatePoint({ year: 2021, month: 3, day: 9 }, readDateStyle("January 14, 2021"))).toBe("March 9, 2021");
    expect(formatDatePoint({ year: 2021, month: 3, day: 9 }, readDateStyle("14 January 2021"))).toBe("9 March 2021");
    expect(formatDatePoint({ year: 2022, month: 2, day: 3, endDay: 4 }, readDateStyle("25 to 26 February 2022"))).toBe("3 to 4 February 2022");
    expect(formatDatePoint({ year: 2013, month: 1, day: 3, endDay: 5 }, readDateStyle("26–28 January 2013"))).toBe("3–5 January 2013");
    expect(formatDatePoint({ year: 1240, approximate: true }, readDateStyle("c. 1235"))).toBe("c. 1240");
    expect(formatDatePoint({ year: 2013, approximate: true, qualifier: "mid" }, readDateStyle("Mid-2012"))).toBe("Mid-2013");
    expect(formatDatePoint({ year: 1324, endYear: 1325 }, readDateStyle("1324–1325"))).toBe("1324–1325");
  });
});

describe("findDateMentions", () => {
  it("finds full dates, months and years after a preposition, with file offsets", () => {
    const text = "On 2 March 2017 the groups merged; in July 2010 a hostage died, and in 2006 he was sentenced.";
    const mentions = findDateMentions(text, 100);
    expect(mentions.map((mention) => mention.text)).toEqual(["2 March 2017", "July 2010", "2006"]);
    expect(mentions[0]!.start).toBe(103);
  });

  it("skips years that are part of ranges or names", () => {
    expect(findDateMentions("In 2012–2017 it was allied; the 2016 Summer Olympics; from 1230 and 1240.", 0)).toEqual([]);
  });
});

describe("chooseDateDistractors", () => {
  const answer: DatePoint = { year: 2009, month: 1, day: 22 };
  const ownDates: DatePoint[] = [answer, { year: 2009, month: 5, day: 31 }, { year: 2009, month: 6, day: 3 }];
  const pool: DatePoint[] = [{ year: 2009, month: 7, day: 30 }, { year: 2008, month: 12 }, { year: 2007, month: 4, day: 11 }];

  it("gives three different dates at the answer's precision and in its style, never a date of the same event", () => {
    for (let seed = 0; seed < 50; seed++) {
      const chosen = chooseDateDistractors(answer, readDateStyle("22 January 2009"), pool, ownDates, createRandom(seed));
      expect(chosen).toHaveLength(3);
      expect(new Set(chosen.map((item) => item.text)).size).toBe(3);
      for (const item of chosen) {
        expect(precisionOf(item.point)).toBe("day");
        expect(item.text).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
        expect(ownDates.some((own) => datesOverlap(own, item.point)), item.text).toBe(false);
        expect(normaliseAnswer(item.text)).not.toBe(normaliseAnswer("22 January 2009"));
        expect(item.text.startsWith("22 January "), item.text).toBe(false);
      }
    }
  });

  it("keeps approximate years approximate and at least ten years away", () => {
    const chosen = chooseDateDistractors({ year: 1235, approximate: true }, readDateStyle("c. 1235"), [], [], createRandom(3));
    for (const item of chosen) {
      expect(item.text).toMatch(/^c\. \d{4}$/);
      expect(Math.abs(item.point.year - 1235)).toBeGreaterThanOrEqual(10);
    }
  });
});
