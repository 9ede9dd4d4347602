// Sign-in throttling, as pure arithmetic over failure timestamps. The database side lives in
// server/auth/sign-in-failures.ts; the policy is recorded in docs/decisions/004-sign-in-lockout.md.

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export type LockoutPolicy = {
  /** Consecutive failures (one email, one address) that start a lockout. */
  streakThreshold: number;
  /** Lockout after the threshold-th failure; doubles with each further failure. */
  firstLockoutMs: number;
  maxLockoutMs: number;
  /** Failures older than this no longer count towards a streak. */
  streakWindowMs: number;
  /** Failures from one address (any email) allowed within addressWindowMs. */
  addressLimit: number;
  addressWindowMs: number;
};

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = {
  streakThreshold: 10,
  firstLockoutMs: MINUTE_MS,
  maxLockoutMs: HOUR_MS,
  streakWindowMs: 24 * HOUR_MS,
  addressLimit: 100,
  addressWindowMs: 24 * HOUR_MS,
};

export type FailureHistory = {
  /** Failures for this email from this address since its last successful sign-in. */
  streak: readonly Date[];
  /** Failures from this address for any email, or null when the address is unknown. */
  address: readonly Date[] | null;
};

export type LockoutState =
  | { locked: false }
  | { locked: true; retryAt: Date; reason: "streak" | "address" };

/**
 * How many of the most recent streak failures decide the lockout: more than this only repeats the
 * capped duration. Lets the database read stay small.
 */
export function streakFailuresNeeded(policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY): number {
  const doublingsToCap = Math.ceil(Math.log2(policy.maxLockoutMs / policy.firstLockoutMs));
  return policy.streakThreshold + Math.max(doublingsToCap, 0) + 1;
}

/** The lockout that follows the failureCount-th consecutive failure; 0 below the threshold. */
export function lockoutDurationMs(failureCount: number, policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY): number {
  if (failureCount < policy.streakThreshold) return 0;
  const doublings = failureCount - policy.streakThreshold;
  // 2 ** doublings overflows to Infinity for large counts; Math.min still yields the cap.
  return Math.min(policy.firstLockoutMs * 2 ** doublings, policy.maxLockoutMs);
}

function newestFirst(times: readonly Date[], notBefore: number): number[] {
  return times
    .map((time) => time.getTime())
    .filter((time) => time > notBefore)
    .sort((a, b) => b - a);
}

/** Whether a sign-in attempt made at `now` may be checked at all, and if not, until when. */
export function evaluateLockout(
  history: FailureHistory,
  now: Date,
  policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY,
): LockoutState {
  const nowMs = now.getTime();
  const locks: { retryAtMs: number; reason: "streak" | "address" }[] = [];

  const streak = newestFirst(history.streak, nowMs - policy.streakWindowMs);
  const latestFailure = streak[0];
  if (latestFailure !== undefined) {
    const duration = lockoutDurationMs(streak.length, policy);
    if (duration > 0) locks.push({ retryAtMs: latestFailure + duration, reason: "streak" });
  }

  if (history.address !== null) {
    const fromAddress = newestFirst(history.address, nowMs - policy.addressWindowMs);
    // The window frees a slot when the limit-th most recent failure ages out of it.
    const limitingFailure = fromAddress[policy.addressLimit - 1];
    if (limitingFailure !== undefined) {
      locks.push({ retryAtMs: limitingFailure + policy.addressWindowMs, reason: "address" });
    }
  }

  const longest = locks.filter((lock) => lock.retryAtMs > nowMs).sort((a, b) => b.retryAtMs - a.retryAtMs)[0];
  if (longest === undefined) return { locked: false };
  return { locked: true, retryAt: new Date(longest.retryAtMs), reason: longest.reason };
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

function describeDuration(totalMinutes: number): string {
  if (totalMinutes < 60) return plural(totalMinutes, "minute");
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return minutes === 0 ? plural(hours, "hour") : `${plural(hours, "hour")} ${plural(minutes, "minute")}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * "Too many failed attempts. Try again in 2 minutes (at 14:32 UTC)."
 * The time is rounded up to the whole minute, so that trying at the time shown always works, and
 * the wait is counted to that time. UTC because the server does not know the reader's time zone.
 */
export function describeLockout(retryAt: Date, now: Date): string {
  const shownMs = Math.ceil(retryAt.getTime() / MINUTE_MS) * MINUTE_MS;
  const shown = new Date(shownMs);
  const minutes = Math.max(1, Math.ceil((shownMs - now.getTime()) / MINUTE_MS));
  const clock = `${String(shown.getUTCHours()).padStart(2, "0")}:${String(shown.getUTCMinutes()).padStart(2, "0")} UTC`;
  const sameDay = shown.toISOString().slice(0, 10) === now.toISOString().slice(0, 10);
  const day = sameDay ? "" : ` on ${shown.getUTCDate()} ${MONTHS[shown.getUTCMonth()] ?? ""}`;
  return `Too many failed attempts. Try again in ${describeDuration(minutes)} (at ${clock}${day}).`;
}
