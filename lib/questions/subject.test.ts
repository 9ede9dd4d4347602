import { describe, expect, it } from "vitest";
import { findAcronymDefinitions } from "../answers/acronyms";
import { parseArticle } from "../content/parse-article";
import { describeSubject } from "./subject";

const subjectOf = (source: string, fileName: string) => {
  const { article } = parseArticle(source, { fileName });
  return describeSubject(article!, findAcronymDefinitions(source), source);
};

describe("describeSubject", () => {
  it("uses the acronym the lead defines for the title when the text uses it", () => {
    const source = `= Northern Liberation Front =\n\nNorthern Liberation Front\n- Ideology: Agrarian socialism\n\nThe Northern Liberation Front (NLF) is an armed militant organization active in Valdor. NLF grew. NLF split. NLF returned.\n`;
    const subject = subjectOf(source, "northern-liberation-front.txt");
    expect(subject.name).toBe("NLF");
    expect(subject.headNoun).toBe("organization");
    expect(subject.classNoun).toBe("organization");
    expect(subject.tense).toBe("present");
    expect("The group fled".replace(subject.selfReference!, "NLF")).toBe("NLF fled");
  });

  it("uses 'the' and the past tense for a historical state", () => {
    const source = `= Old Kingdom =\n\nOld Kingdom\n- Capital: Tamsk\n\nThe Old Kingdom was a West African empire centred on the river Tam.\n`;
    const subject = subjectOf(source, "old-kingdom.txt");
    expect(subject.name).toBe("the Old Kingdom");
    expect(subject.capitalised).toBe("The Old Kingdom");
    expect(subject.classNoun).toBe("state");
    expect(subject.tense).toBe("past");
  });
});
