import { describe, expect, it } from "vitest";
import { tidyQuotedParts } from "./tidy-quote";

describe("tidyQuotedParts", () => {
  it("drops an infobox line's bullet, image size and nesting stars, never touching the answer", () => {
    expect(
      tidyQuotedParts([
        { text: "- Allies: 20px ", answer: false },
        { text: "Ansar al-Sharia (Libya)", answer: true },
        { text: " (2012–2017), Ansaru", answer: false },
      ]),
    ).toEqual([
      { text: "Allies: ", answer: false },
      { text: "Ansar al-Sharia (Libya)", answer: true },
      { text: " (2012–2017), Ansaru", answer: false },
    ]);
    expect(
      tidyQuotedParts([
        { text: "- Opponents: DZA, Islamic State, * Libya Province, ** ", answer: false },
        { text: "Tripolitania Province", answer: true },
        { text: ", ** Fezzan Province, *Somali Civil War (2009–present)", answer: false },
      ]).map((part) => part.text),
    ).toEqual(["Opponents: DZA, Islamic State, Libya Province, ", "Tripolitania Province", ", Fezzan Province, Somali Civil War (2009–present)"]);
  });

  it("leaves out a stray full stop inside a date, as the reader does", () => {
    expect(
      tidyQuotedParts([
        { text: "His body was found in July 2013. French hostage ", answer: false },
        { text: "Serge Lazarevic", answer: true },
        { text: " was released on 9 December. 2013.", answer: false },
      ]).map((part) => part.text),
    ).toEqual(["His body was found in July 2013. French hostage ", "Serge Lazarevic", " was released on 9 December 2013."]);
  });

  it("leaves prose alone", () => {
    const prose = [
      { text: "In 2007 the group, led by ", answer: false },
      { text: "Droukdel", answer: true },
      { text: ", took a new name - and 3 * 4 = 12 people fled.", answer: false },
    ];
    expect(tidyQuotedParts(prose)).toEqual(prose);
  });
});
