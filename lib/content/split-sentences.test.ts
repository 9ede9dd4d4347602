import { describe, expect, it } from "vitest";
import { splitSentences, withoutStrayDateFullStops } from "./split-sentences";

const sentences = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe("splitSentences", () => {
  it("splits on full stops, question marks and exclamation marks followed by a capital", () => {
    expect(sentences("One. Two? Three! Four.")).toEqual(["One.", "Two?", "Three!", "Four."]);
  });

  it.each([
    ["c. before a year", "The empire was founded in c. 1235 by Sundiata. It grew.", ["The empire was founded in c. 1235 by Sundiata.", "It grew."]],
    ["U.S. before a capital", "According to U.S. Army General Carter Ham, it was so. He said more.", ["According to U.S. Army General Carter Ham, it was so.", "He said more."]],
    ["Gen. and Col.", "Gen. Carter Ham met Col. Assimi Goïta. They talked.", ["Gen. Carter Ham met Col. Assimi Goïta.", "They talked."]],
    ["St., Jr., Mr., Dr.", "Mr. Smith Jr. visited St. Louis with Dr. Jones. It rained.", ["Mr. Smith Jr. visited St. Louis with Dr. Jones.", "It rained."]],
    ["No. before a number", "It was listed as No. 5 in the report. Others followed.", ["It was listed as No. 5 in the report.", "Others followed."]],
    ["vs.", "The match was Mali vs. Niger. Mali won.", ["The match was Mali vs. Niger.", "Mali won."]],
    ["initials", "J. R. R. Tolkien wrote it. Stephen M. McGown was freed.", ["J. R. R. Tolkien wrote it.", "Stephen M. McGown was freed."]],
    ["initials of a historian", "The historian D. T. Niane wrote it down. It is famous.", ["The historian D. T. Niane wrote it down.", "It is famous."]],
    ["decimals", "It weighs about 4.25 grams. The rate was 3.5 per cent. Done.", ["It weighs about 4.25 grams.", "The rate was 3.5 per cent.", "Done."]],
    ["a.m. before a lowercase word", "The attack began at 7 a.m. local time. Guests fled.", ["The attack began at 7 a.m. local time.", "Guests fled."]],
    ["e.g. and i.e.", "Groups, e.g. Ansar Dine, i.e. a local one, fought. Then peace came.", ["Groups, e.g. Ansar Dine, i.e. a local one, fought.", "Then peace came."]],
    ["a full stop before a lowercase word", "It was 5 km. from the town. Then it moved.", ["It was 5 km. from the town.", "Then it moved."]],
  ])("does not end a sentence at %s", (_label, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it("ends a sentence before a digit, an opening quote or Arabic script", () => {
    expect(sentences("It took 126 hostages. 200 km to the north, two were kidnapped.")).toEqual([
      "It took 126 hostages.",
      "200 km to the north, two were kidnapped.",
    ]);
    expect(sentences('He left. "We will return," he said.')).toEqual(["He left.", '"We will return," he said.']);
    expect(sentences("The name is Mali. مالي is the Arabic form.")).toEqual(["The name is Mali.", "مالي is the Arabic form."]);
    expect(sentences("It ended. al-Qaeda rejoined later.")).toEqual(["It ended.", "al-Qaeda rejoined later."]);
  });

  it("keeps closing quotes and brackets with the sentence they close", () => {
    expect(sentences('He said "they were only sent against targets." The bulletin continues.')).toEqual([
      'He said "they were only sent against targets."',
      "The bulletin continues.",
    ]);
    expect(sentences("They were kidnapped (five French and one Togolese.) The capture was claimed.")).toEqual([
      "They were kidnapped (five French and one Togolese.)",
      "The capture was claimed.",
    ]);
    expect(sentences("He called it “the gates of hell.” Nobody replied.")).toEqual(["He called it “the gates of hell.”", "Nobody replied."]);
  });

  it("does not split inside a quotation when the quotes are balanced", () => {
    expect(sentences('He said: "We will fight. We will win." Then he left.')).toEqual(['He said: "We will fight. We will win."', "Then he left."]);
  });

  it("still splits when a quotation is never closed", () => {
    expect(sentences('He said: "We will fight. We will win. Then he left.')).toEqual(['He said: "We will fight.', "We will win.", "Then he left."]);
  });

  it("treats an ellipsis followed by a capital as a sentence end", () => {
    expect(sentences("It went on and on... Then it stopped.")).toEqual(["It went on and on...", "Then it stopped."]);
  });

  it("keeps a stray full stop inside a date in the sentence and reports it as damage", () => {
    const text = "French hostage Serge Lazarevic was released on 9 December. 2013. Others were not.";
    const spans = splitSentences(text);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      "French hostage Serge Lazarevic was released on 9 December. 2013.",
      "Others were not.",
    ]);
    expect(spans[0]?.damage).toEqual({ reason: 'stray full stop inside the date "9 December. 2013"', offset: text.indexOf("December.") + "December".length });
    expect(spans[1]?.damage).toBeUndefined();
  });

  it("gives the text without a stray full stop inside a date, for the reader", () => {
    expect(withoutStrayDateFullStops("French hostage Serge Lazarevic was released on 9 December. 2013.")).toBe(
      "French hostage Serge Lazarevic was released on 9 December 2013.",
    );
    expect(withoutStrayDateFullStops("Freed on 25 February. 2013 and on 3 March.  2014.")).toBe("Freed on 25 February 2013 and on 3 March  2014.");
    // Not a date with a stray full stop: no day, a year of more than four digits, a sentence end.
    for (const text of ["It ended in December. 2013 was calmer.", "On 9 December. 20135 people", "On 9 December. The next day"]) {
      expect(withoutStrayDateFullStops(text)).toBe(text);
    }
  });

  it("ends a sentence at a month name when no day precedes it", () => {
    expect(sentences("It happened in December. 2013 was quieter.")).toEqual(["It happened in December.", "2013 was quieter."]);
  });

  it("returns one sentence for text without a sentence end, and spans that need no trimming", () => {
    expect(sentences("Insurgency in the Maghreb (2002–present)")).toEqual(["Insurgency in the Maghreb (2002–present)"]);
    const text = "First.   Second.\nThird.";
    for (const span of splitSentences(text)) expect(text.slice(span.start, span.end).trim()).toBe(text.slice(span.start, span.end));
    expect(sentences(text)).toEqual(["First.", "Second.", "Third."]);
  });
});
