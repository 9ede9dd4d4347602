import { describe, expect, it } from "vitest";
import {
  DEFAULT_LOCKOUT_POLICY,
  describeLockout,
  evaluateLockout,
  lockoutDurationMs,
  streakFailuresNeeded,
} from "./lockout";

const start = new Date("2026-11-25T14:30:00.000Z");
const at = (secondsAfterStart: number) => new Date(start.getTime() + secondsAfterStart * 1000);
/** `count` failures one second apart, the first at `firstSecond`. */
const failures = (count: number, firstSecond = 0) => Array.from({ length: count }, (_, index) => at(firstSecond + index));

describe("lockoutDurationMs", () => {
  it("is zero below ten failures, one minute at ten, doubling after, capped at an hour", () => {
    expect(lockoutDurationMs(9)).toBe(0);
    expect(lockoutDurationMs(10)).toBe(60_000);
    expect(lockoutDurationMs(11)).toBe(120_000);
    expect(lockoutDurationMs(12)).toBe(240_000);
    expect(lockoutDurationMs(16)).toBe(3_600_000);
    expect(lockoutDurationMs(5_000)).toBe(3_600_000);
  });

  it("reaches the cap within the rows the server reads", () => {
    expect(lockoutDurationMs(streakFailuresNeeded())).toBe(DEFAULT_LOCKOUT_POLICY.maxLockoutMs);
    expect(lockoutDurationMs(streakFailuresNeeded() - 2)).toBeLessThan(DEFAULT_LOCKOUT_POLICY.maxLockoutMs);
  });
});

describe("evaluateLockout", () => {
  it("does not lock after nine failures", () => {
    expect(evaluateLockout({ streak: failures(9), address: failures(9) }, at(10))).toEqual({ locked: false });
  });

  it("locks for one minute from the tenth failure", () => {
    const history = { streak: failures(10), address: failures(10) };
    // The tenth failure was at +9 s, so the lock ends at +69 s.
    expect(evaluateLockout(history, at(10))).toEqual({ locked: true, retryAt: at(69), reason: "streak" });
    expect(evaluateLockout(history, at(68.999))).toMatchObject({ locked: true });
    expect(evaluateLockout(history, at(69))).toEqual({ locked: false });
  });

  it("doubles with each failure after the lock ends", () => {
    const streak = [...failures(10), at(100)];
    expect(evaluateLockout({ streak, address: null }, at(101))).toEqual({ locked: true, retryAt: at(220), reason: "streak" });
  });

  it("ignores failures older than the streak window, in any order", () => {
    const old = new Date(start.getTime() - 25 * 3_600_000);
    const streak = [at(5), old, old, old, at(1), at(2), at(3), at(4), at(6), at(7)];
    expect(evaluateLockout({ streak, address: null }, at(8))).toEqual({ locked: false });
  });

  it("locks an address after 100 failures in a day, until the oldest of them is a day old", () => {
    const address = failures(100);
    expect(evaluateLockout({ streak: [], address }, at(200))).toEqual({
      locked: true,
      retryAt: new Date(start.getTime() + 24 * 3_600_000),
      reason: "address",
    });
    expect(evaluateLockout({ streak: [], address: failures(99) }, at(200))).toEqual({ locked: false });
    expect(evaluateLockout({ streak: [], address }, new Date(start.getTime() + 24 * 3_600_000))).toEqual({ locked: false });
  });

  it("does not apply the address limit when the address is unknown", () => {
    expect(evaluateLockout({ streak: [], address: null }, at(200))).toEqual({ locked: false });
  });

  it("reports the later of two locks", () => {
    const result = evaluateLockout({ streak: failures(10, 90), address: failures(100) }, at(200));
    expect(result).toMatchObject({ locked: true, reason: "address" });
  });
});

describe("describeLockout", () => {
  it("rounds the time shown up to the minute and counts the wait to it", () => {
    expect(describeLockout(new Date("2026-11-25T14:31:10Z"), new Date("2026-11-25T14:30:10Z"))).toBe(
      "Too many failed attempts. Try again in 2 minutes (at 14:32 UTC).",
    );
    expect(describeLockout(new Date("2026-11-25T14:32:00Z"), new Date("2026-11-25T14:31:00Z"))).toBe(
      "Too many failed attempts. Try again in 1 minute (at 14:32 UTC).",
    );
  });

  it("uses hours for long waits and names the day when it is not today (UTC)", () => {
    expect(describeLockout(new Date("2026-11-25T15:30:00Z"), new Date("2026-11-25T14:30:00Z"))).toBe(
      "Too many failed attempts. Try again in 1 hour (at 15:30 UTC).",
    );
    expect(describeLockout(new Date("2026-11-26T02:05:00Z"), new Date("2026-11-25T23:00:00Z"))).toBe(
      "Too many failed attempts. Try again in 3 hours 5 minutes (at 02:05 UTC on 26 November).",
    );
  });
});
