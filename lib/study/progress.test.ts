import { describe, expect, it } from "vitest";
import { accuracyByDay, dueForecast, masteryBySection, studyStreak } from "./progress";

const zone = "America/Los_Angeles";
const now = new Date("2026-03-10T09:00:00-07:00");
const at = (iso: string) => new Date(iso);

describe("progress statistics", () => {
  it("computes accuracy per local day, with empty days as no data", () => {
    const days = accuracyByDay(
      [
        { answeredAt: at("2026-03-10T08:00:00-07:00"), correct: true },
        { answeredAt: at("2026-03-10T08:01:00-07:00"), correct: false },
        // 23:30 local on the 8th is the 9th in UTC: it must count for the 8th.
        { answeredAt: at("2026-03-08T23:30:00-07:00"), correct: true },
        { answeredAt: at("2026-01-01T12:00:00-08:00"), correct: true },
      ],
      now,
      zone,
      3,
    );
    expect(days).toEqual([
      { day: "2026-03-08", answered: 1, correct: 1, accuracy: 1 },
      { day: "2026-03-09", answered: 0, correct: 0, accuracy: null },
      { day: "2026-03-10", answered: 2, correct: 1, accuracy: 0.5 },
    ]);
  });

  it("counts a streak of consecutive local days, kept until today is over", () => {
    const activity = [at("2026-03-09T22:00:00-07:00"), at("2026-03-08T10:00:00-07:00"), at("2026-03-06T10:00:00-08:00")];
    expect(studyStreak(activity, now, zone)).toEqual({ days: 2, studiedToday: false });
    expect(studyStreak([...activity, at("2026-03-10T07:00:00-07:00")], now, zone)).toEqual({ days: 3, studiedToday: true });
    expect(studyStreak([at("2026-03-07T10:00:00-08:00")], now, zone)).toEqual({ days: 0, studiedToday: false });
  });

  it("forecasts reviews due per day, overdue counted today", () => {
    const forecast = dueForecast([at("2026-03-01T10:00:00-08:00"), at("2026-03-10T20:00:00-07:00"), at("2026-03-12T01:00:00-07:00"), at("2026-04-01T00:00:00-07:00")], now, zone, 7);
    expect(forecast).toHaveLength(7);
    expect(forecast[0]).toEqual({ day: "2026-03-10", due: 2 });
    expect(forecast[2]).toEqual({ day: "2026-03-12", due: 1 });
    expect(forecast.reduce((sum, day) => sum + day.due, 0)).toBe(3);
  });

  it("measures section mastery as mean predicted recall, unseen facts counting as zero", () => {
    expect(
      masteryBySection([
        { section: "History", recall: 0.9 },
        { section: "History", recall: null },
        { section: "Legacy", recall: 0.5 },
      ]),
    ).toEqual([
      { section: "History", facts: 2, studied: 1, mastery: 0.45 },
      { section: "Legacy", facts: 1, studied: 1, mastery: 0.5 },
    ]);
  });
});
