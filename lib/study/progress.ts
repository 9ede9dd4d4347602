import { addDays, dayKey } from "./study-day";

// Progress statistics, computed from the append-only answer and review rows so that any of them
// can be recomputed at any time. All "days" are calendar days in the learner's time zone.

export type DailyAccuracy = { day: string; answered: number; correct: number; accuracy: number | null };

/** Quiz accuracy per day for the `days` days ending today (days without answers have accuracy null). */
export function accuracyByDay(answers: readonly { answeredAt: Date; correct: boolean }[], now: Date, timeZone: string, days: number): DailyAccuracy[] {
  const today = dayKey(now, timeZone);
  const first = addDays(today, -(days - 1));
  const totals = new Map<string, { answered: number; correct: number }>();
  for (const answer of answers) {
    const day = dayKey(answer.answeredAt, timeZone);
    if (day < first || day > today) continue;
    const total = totals.get(day) ?? { answered: 0, correct: 0 };
    total.answered += 1;
    if (answer.correct) total.correct += 1;
    totals.set(day, total);
  }
  return Array.from({ length: days }, (_, index) => {
    const day = addDays(first, index);
    const total = totals.get(day) ?? { answered: 0, correct: 0 };
    return { day, ...total, accuracy: total.answered > 0 ? total.correct / total.answered : null };
  });
}

/**
 * Consecutive days with any study (a quiz answer or a review), ending today, or yesterday when
 * nothing has been studied yet today (the streak is not lost until the day is over).
 */
export function studyStreak(activity: readonly Date[], now: Date, timeZone: string): { days: number; studiedToday: boolean } {
  const days = new Set(activity.map((date) => dayKey(date, timeZone)));
  const today = dayKey(now, timeZone);
  const studiedToday = days.has(today);
  let cursor = studiedToday ? today : addDays(today, -1);
  let count = 0;
  while (days.has(cursor)) {
    count += 1;
    cursor = addDays(cursor, -1);
  }
  return { days: count, studiedToday };
}

export type DueDay = { day: string; due: number };

/** Cards falling due on each of the next `days` days; today includes everything overdue. */
export function dueForecast(dueDates: readonly Date[], now: Date, timeZone: string, days: number): DueDay[] {
  const today = dayKey(now, timeZone);
  const counts = new Map<string, number>();
  for (const due of dueDates) {
    const day = dayKey(due, timeZone);
    const bucket = day < today ? today : day;
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return Array.from({ length: days }, (_, index) => {
    const day = addDays(today, index);
    return { day, due: counts.get(day) ?? 0 };
  });
}

export type SectionMastery = { section: string; facts: number; studied: number; mastery: number };

/**
 * Mastery of a section: the mean predicted recall (FSRS retrievability, 0-1) of its facts, counting
 * facts never studied as 0, so that a section is mastered only when all of it is remembered.
 */
export function masteryBySection(facts: readonly { section: string; recall: number | null }[]): SectionMastery[] {
  const sections = new Map<string, { facts: number; studied: number; recall: number }>();
  for (const fact of facts) {
    const entry = sections.get(fact.section) ?? { facts: 0, studied: 0, recall: 0 };
    entry.facts += 1;
    if (fact.recall !== null) {
      entry.studied += 1;
      entry.recall += fact.recall;
    }
    sections.set(fact.section, entry);
  }
  return [...sections].map(([section, entry]) => ({
    section,
    facts: entry.facts,
    studied: entry.studied,
    mastery: entry.facts > 0 ? entry.recall / entry.facts : 0,
  }));
}

/** "83%" */
export function formatPercent(value: number): string {
  return `${Math.round(value * 100)}%`;
}
