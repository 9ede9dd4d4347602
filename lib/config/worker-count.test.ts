import { describe, expect, it } from "vitest";
import { MAX_SQLITE_WORKERS, resolveWorkerCount } from "./worker-count";

describe("resolveWorkerCount", () => {
  it("runs one worker per core, at most MAX_SQLITE_WORKERS on SQLite", () => {
    expect(resolveWorkerCount(undefined, "sqlite", 2)).toBe(2);
    expect(resolveWorkerCount(undefined, "sqlite", 1)).toBe(1);
    expect(resolveWorkerCount(undefined, "sqlite", 32)).toBe(MAX_SQLITE_WORKERS);
    expect(resolveWorkerCount("", "postgresql", 32)).toBe(32);
    expect(resolveWorkerCount("  ", "postgresql", 0)).toBe(1);
  });

  it("takes WEB_CONCURRENCY as it is, on either database", () => {
    expect(resolveWorkerCount("1", "sqlite", 16)).toBe(1);
    expect(resolveWorkerCount(" 6 ", "sqlite", 2)).toBe(6);
    expect(resolveWorkerCount("12", "postgresql", 2)).toBe(12);
  });

  it("refuses a value that is not a whole number from 1 to 64, naming the variable and the value", () => {
    expect(() => resolveWorkerCount("0", "sqlite", 2)).toThrow('WEB_CONCURRENCY must be at least 1, got "0"');
    expect(() => resolveWorkerCount("65", "sqlite", 2)).toThrow('WEB_CONCURRENCY must be at most 64, got "65"');
    expect(() => resolveWorkerCount("two", "sqlite", 2)).toThrow('WEB_CONCURRENCY must be a whole number, got "two"');
    expect(() => resolveWorkerCount("1.5", "postgresql", 2)).toThrow('WEB_CONCURRENCY must be a whole number, got "1.5"');
    expect(() => resolveWorkerCount("-3", "postgresql", 2)).toThrow(/must be a whole number/);
  });
});
