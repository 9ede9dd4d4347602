import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("csvCell", () => {
  it.each(["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")'])("neutralises %j so a spreadsheet shows it as text", (text) => {
    const cell = csvCell(text);
    expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('Ben "the" Student, Jr.')).toBe('"Ben ""the"" Student, Jr."');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("=a,b")).toBe(`"'=a,b"`);
  });

  it("leaves ordinary text and numbers alone", () => {
    expect(csvCell("Amina")).toBe("Amina");
    expect(csvCell(0.75)).toBe("0.75");
    expect(csvCell(-1)).toBe("-1");
    expect(csvCell(null)).toBe("");
    expect(csvCell(true)).toBe("yes");
  });
});

describe("toCsv", () => {
  it("joins rows with CRLF and ends with one", () => {
    expect(toCsv([["name", "score"], ["Amina", 3]])).toBe("name,score\r\nAmina,3\r\n");
  });
});
