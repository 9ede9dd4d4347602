// Dates typed into <input type="datetime-local"> ("2026-03-10T09:30") are wall-clock times in the
// instructor's time zone; the browser sends that zone alongside, and the server converts here.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClockMs(date: Date, timeZone: string): number {
  const values: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) if (part.type !== "literal") values[part.type] = Number(part.value);
  return Date.UTC(values.year ?? 0, (values.month ?? 1) - 1, values.day ?? 1, values.hour ?? 0, values.minute ?? 0, values.second ?? 0);
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a wall-clock time in `timeZone` names; null for text that is not "YYYY-MM-DDTHH:MM",
 * for a time that is not on the calendar or the clock (31 February, 10:60), and for one the zone's
 * clocks skip (02:30 on the night they go forward).
 */
export function localDateTimeToInstant(local: string, timeZone: string): Date | null {
  const asUtc = wallClockOf(local);
  if (asUtc === null) return null;
  // Two passes settle the offset, also next to a daylight-saving change.
  let guess = asUtc;
  for (let pass = 0; pass < 2; pass++) guess = asUtc - (wallClockMs(new Date(guess), timeZone) - guess);
  // A skipped time has no instant: the one found shows another time on the zone's clocks.
  if (wallClockMs(new Date(guess), timeZone) !== asUtc) return null;
  return new Date(guess);
}

/** The wall-clock time as milliseconds of a UTC clock; null when it is not a real date and time. */
export function wallClockOf(local: string): number | null {
  const match = LOCAL_PATTERN.exec(local.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match.map(Number) as [number, number, number, number, number, number, number];
  const seconds = Number.isNaN(second) ? 0 : second;
  if (hour > 23 || minute > 59 || seconds > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, seconds);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null; // 31 February
  return asUtc;
}

/** The value for a datetime-local input showing `date` in `timeZone`. */
export function instantToLocalDateTime(date: Date, timeZone: string): string {
  return new Date(wallClockMs(date, timeZone)).toISOString().slice(0, 16);
}

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
