// Study days begin at local midnight in the learner's time zone (a setting), not the server's.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function partsIn(date: Date, timeZone: string): Parts {
  const values: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type !== "literal") values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

/** "2026-03-08": the calendar day `date` falls on in `timeZone`. */
export function dayKey(date: Date, timeZone: string): string {
  const { year, month, day } = partsIn(date, timeZone);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The instant local midnight began on the day `date` falls on (correct across DST changes). */
export function startOfDay(date: Date, timeZone: string): Date {
  const { year, month, day } = partsIn(date, timeZone);
  return zonedMidnight(year, month, day, timeZone);
}

/** Local midnight `days` calendar days after the day `date` falls on. */
export function startOfDayAfter(date: Date, days: number, timeZone: string): Date {
  const { year, month, day } = partsIn(date, timeZone);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return zonedMidnight(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate(), timeZone);
}

/** The key of the calendar day `days` after `key` ("2026-02-28" + 1 = "2026-03-01"). */
export function addDays(key: string, days: number): string {
  const [year, month, day] = key.split("-").map(Number);
  const shifted = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return shifted.toISOString().slice(0, 10);
}

function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  // Guess midnight as if the zone were UTC, then correct by the zone's offset at that instant; a
  // second pass settles days on which the offset changes.
  const target = Date.UTC(year, month - 1, day);
  let guess = target;
  for (let pass = 0; pass < 2; pass++) {
    const parts = partsIn(new Date(guess), timeZone);
    const seen = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    guess += target - seen;
  }
  return new Date(guess);
}

/** "10 Mar 2026, 09:05" in the learner's time zone: the one way study pages show a moment. */
export function formatStudyTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
}

/** "Tue 10 Mar" for a day key. */
export function formatDayKey(key: string): string {
  const [year, month, day] = key.split("-").map(Number);
  return new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
}
