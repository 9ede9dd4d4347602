import { describe, expect, it } from "vitest";
import { readDatePrefix, type DatePrefix } from "./timeline-dates";

function read(entry: string): { date: DatePrefix["date"]; dateText: string; body: string } {
  const prefix = readDatePrefix(entry);
  if ("reason" in prefix) throw new Error(prefix.reason);
  return { date: prefix.date, dateText: entry.slice(prefix.dateStart, prefix.dateEnd), body: entry.slice(prefix.bodyStart) };
}

describe("readDatePrefix", () => {
  it.each([
    ["11 April 2007: Two car bombs.", { year: 2007, month: 4, day: 11 }, "11 April 2007", "Two car bombs."],
    ["February 2008: Two Austrians.", { year: 2008, month: 2 }, "February 2008", "Two Austrians."],
    ["c. 1235: Sundiata wins.", { year: 1235, approximate: true }, "c. 1235", "Sundiata wins."],
    ["circa 1235: Sundiata wins.", { year: 1235, approximate: true }, "circa 1235", "Sundiata wins."],
    ["1468: Sonni Ali takes Timbuktu.", { year: 1468 }, "1468", "Sonni Ali takes Timbuktu."],
    ["2013: A year.", { year: 2013 }, "2013", "A year."],
    ["1324–1325: The pilgrimage.", { year: 1324, endYear: 1325 }, "1324–1325", "The pilgrimage."],
    ["2007–09: Attacks.", { year: 2007, endYear: 2009 }, "2007–09", "Attacks."],
    ["c. 1235–1255: Reign.", { year: 1235, endYear: 1255, approximate: true }, "c. 1235–1255", "Reign."],
    ["25–26 February 2022: An operation.", { year: 2022, month: 2, day: 25, endDay: 26 }, "25–26 February 2022", "An operation."],
    ["25 February – 3 March 2022: A campaign.", { year: 2022, month: 2, day: 25, endMonth: 3, endDay: 3 }, "25 February – 3 March 2022", "A campaign."],
    ["January 14, 2021: A bombing.", { year: 2021, month: 1, day: 14 }, "January 14, 2021", "A bombing."],
    ["February 25–26, 2022: An operation.", { year: 2022, month: 2, day: 25, endDay: 26 }, "February 25–26, 2022", "An operation."],
    ["Early 2011: Protests.", { year: 2011, approximate: true, qualifier: "early" }, "Early 2011", "Protests."],
    ["Late 2011: Founded.", { year: 2011, approximate: true, qualifier: "late" }, "Late 2011", "Founded."],
    ["Mid-2012: Retreat.", { year: 2012, approximate: true, qualifier: "mid" }, "Mid-2012", "Retreat."],
    ["Late January 2013: Advance.", { year: 2013, month: 1, approximate: true, qualifier: "late" }, "Late January 2013", "Advance."],
    ["On 20 June 2020, militants ambushed.", { year: 2020, month: 6, day: 20 }, "20 June 2020", "militants ambushed."],
    ["On January 14, 2021, five people were killed.", { year: 2021, month: 1, day: 14 }, "January 14, 2021", "five people were killed."],
    ["On 25 to 26 February 2022, France acted.", { year: 2022, month: 2, day: 25, endDay: 26 }, "25 to 26 February 2022", "France acted."],
    ["On 29 to 30 January 2013, troops arrived.", { year: 2013, month: 1, day: 29, endDay: 30 }, "29 to 30 January 2013", "troops arrived."],
    ["In early 2011, protests began.", { year: 2011, approximate: true, qualifier: "early" }, "early 2011", "protests began."],
    ["In March 2010, a couple was taken.", { year: 2010, month: 3 }, "March 2010", "a couple was taken."],
    ["29 February 2024: A leap day.", { year: 2024, month: 2, day: 29 }, "29 February 2024", "A leap day."],
  ])("reads %j", (entry, date, dateText, body) => {
    expect(read(entry)).toEqual({ date, dateText, body });
  });

  it.each([
    ["Sometime later, an undated entry.", /no readable date/, 0],
    ["The 1990s: a decade.", /no readable date/, 0],
    ["31 February 2010: Impossible.", /day 31 does not exist in month 2 of 2010/, 0],
    ["29 February 2023: Not a leap year.", /day 29 does not exist/, 0],
    ["26–25 February 2022: Backwards.", /does not go forward/, 0],
    ["2009–2007: Backwards.", /does not go forward/, 0],
    ["11 April 2007 Two car bombs.", /expected ":" after the date "11 April 2007"/, 13],
    ["On 20 June 2020 militants.", /expected "," after "On 20 June 2020"/, 15],
    ["On Tuesday, militants.", /no readable date/, 3],
    ["2013:", /no text after it/, 5],
  ])("rejects %j", (entry, reason, offset) => {
    const prefix = readDatePrefix(entry);
    expect(prefix).toEqual({ reason: expect.stringMatching(reason), offset });
  });
});
