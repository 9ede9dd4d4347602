import { describe, expect, it } from "vitest";
import { addDays, dayKey, isValidTimeZone, startOfDay, startOfDayAfter } from "./study-day";

describe("study days in the learner's time zone", () => {
  it("runs under a non-UTC zone", () => {
    expect(process.env.TZ).not.toBe("UTC");
  });

  it("puts an instant on the learner's calendar day, not the server's", () => {
    const instant = new Date("2026-03-08T06:30:00Z");
    expect(dayKey(instant, "America/Los_Angeles")).toBe("2026-03-07");
    expect(dayKey(instant, "Asia/Tokyo")).toBe("2026-03-08");
    expect(dayKey(instant, "UTC")).toBe("2026-03-08");
  });

  it("finds local midnight across the spring-forward day (a 23-hour day)", () => {
    const afternoon = new Date("2026-03-08T15:00:00-07:00");
    expect(startOfDay(afternoon, "America/Los_Angeles").toISOString()).toBe("2026-03-08T08:00:00.000Z");
    expect(startOfDayAfter(afternoon, 1, "America/Los_Angeles").toISOString()).toBe("2026-03-09T07:00:00.000Z");
  });

  it("finds local midnight across the fall-back day (a 25-hour day)", () => {
    const evening = new Date("2026-11-01T20:00:00-08:00");
    expect(startOfDay(evening, "America/Los_Angeles").toISOString()).toBe("2026-11-01T07:00:00.000Z");
    expect(startOfDayAfter(evening, -1, "America/Los_Angeles").toISOString()).toBe("2026-10-31T07:00:00.000Z");
  });

  it("adds calendar days across month ends and leap years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("rejects names that are not time zones", () => {
    expect(isValidTimeZone("Europe/Paris")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});
