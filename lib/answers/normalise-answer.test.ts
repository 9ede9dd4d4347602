import { describe, expect, it } from "vitest";
import { normaliseAnswer, normaliseText } from "./normalise-answer";

describe("normaliseAnswer", () => {
  it("ignores case, diacritics, punctuation and dashes", () => {
    expect(normaliseAnswer("Al-Qaïda")).toBe(normaliseAnswer("al qaida"));
    expect(normaliseAnswer("Ménaka")).toBe("menaka");
    expect(normaliseAnswer("Jama'at Nasr al-Islam wal-Muslimin")).toBe("jamaat nasr al islam wal muslimin");
    expect(normaliseAnswer("Jama’at Nasr al–Islam")).toBe(normaliseAnswer("Jamaat Nasr al Islam"));
    expect(normaliseAnswer("  Mali War.  ")).toBe("mali war");
  });

  it("drops a leading 'the' but keeps it elsewhere", () => {
    expect(normaliseAnswer("The United Nations")).toBe("united nations");
    expect(normaliseAnswer("Office of the President")).toBe("office of the president");
  });

  it("compares numbers as values", () => {
    expect(normaliseAnswer("3,000")).toBe(normaliseAnswer("3000"));
    expect(normaliseAnswer("$50 million")).toBe("50000000");
    expect(normaliseAnswer("50 million")).toBe("50000000");
    expect(normaliseAnswer("90 per cent")).toBe(normaliseAnswer("90%"));
    expect(normaliseAnswer("90 per cent")).not.toBe(normaliseAnswer("90"));
    expect(normaliseAnswer("seventy-eight")).toBe("78");
    expect(normaliseAnswer("five")).toBe("5");
    expect(normaliseAnswer("3,000")).not.toBe(normaliseAnswer("300"));
  });

  it("compares dates as values", () => {
    const iso = "2007-04-11";
    expect(normaliseAnswer("11 April 2007")).toBe(iso);
    expect(normaliseAnswer("April 11, 2007")).toBe(iso);
    expect(normaliseAnswer("2007-04-11")).toBe(iso);
    expect(normaliseAnswer("11th of April 2007")).toBe(iso);
    expect(normaliseAnswer("on 11 Apr 2007")).toBe(iso);
    expect(normaliseAnswer("February 2008")).toBe("2008-02");
    expect(normaliseAnswer("25 to 26 February 2022")).toBe(normaliseAnswer("25–26 February 2022"));
    expect(normaliseAnswer("25 to 26 February 2022")).not.toBe(normaliseAnswer("25 February 2022"));
    expect(normaliseAnswer("12 April 2007")).not.toBe(iso);
  });

  it("does not mistake names for dates or numbers", () => {
    expect(normaliseAnswer("May Day")).toBe("may day");
    expect(normaliseAnswer("Resolution 2100")).toBe("resolution 2100");
  });
});

describe("normaliseText", () => {
  it("folds as normaliseAnswer does but leaves dates and numbers as words, for finding phrases in text", () => {
    expect(normaliseText("13 March 2016")).toBe("13 march 2016");
    expect(normaliseAnswer("13 March 2016")).toBe("2016-03-13");
    expect(normaliseText("On 13 March 2016, gunmen attacked Grand-Bassam.")).toBe("on 13 march 2016 gunmen attacked grand bassam");
    expect(normaliseText("Jama'at Nasr al-Islam")).toBe(normaliseAnswer("Jama'at Nasr al-Islam"));
  });
});
