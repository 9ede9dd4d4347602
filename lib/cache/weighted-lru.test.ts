import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WeightedLru } from "./weighted-lru";

describe("WeightedLru", () => {
  it("evicts the least recently used entries until the weight fits", () => {
    const cache = new WeightedLru<string, number>(10);
    cache.set("a", 1, 4);
    cache.set("b", 2, 4);
    expect(cache.get("a")).toBe(1); // a is now the most recent
    cache.set("c", 3, 4); // 12 > 10: b goes
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.weight).toBe(8);
    expect(cache.size).toBe(2);
  });

  it("replaces an entry's value and weight", () => {
    const cache = new WeightedLru<string, string>(10);
    cache.set("a", "old", 6);
    cache.set("a", "new", 3);
    expect(cache.get("a")).toBe("new");
    expect(cache.weight).toBe(3);
  });

  it("keeps nothing heavier than the budget, and refuses bad budgets and weights", () => {
    const cache = new WeightedLru<string, string>(10);
    cache.set("small", "x", 2);
    cache.set("huge", "y", 11);
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.get("small")).toBe("x");
    expect(() => new WeightedLru(0)).toThrow("positive budget");
    expect(() => cache.set("bad", "z", Number.NaN)).toThrow("0 or more");
  });

  it("never holds more than its budget and agrees with a simple model", () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant("set" as const), key: fc.integer({ min: 0, max: 8 }), weight: fc.integer({ min: 0, max: 12 }) }),
      fc.record({ kind: fc.constant("get" as const), key: fc.integer({ min: 0, max: 8 }) }),
      fc.record({ kind: fc.constant("delete" as const), key: fc.integer({ min: 0, max: 8 }) }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (operations) => {
        const cache = new WeightedLru<number, number>(20);
        let model: { key: number; weight: number }[] = []; // least recent first
        for (const [index, op] of operations.entries()) {
          if (op.kind === "set") {
            cache.set(op.key, index, op.weight);
            model = model.filter((entry) => entry.key !== op.key);
            if (op.weight <= 20) model.push({ key: op.key, weight: op.weight });
            while (model.reduce((sum, entry) => sum + entry.weight, 0) > 20) model.shift();
          } else if (op.kind === "get") {
            const found = model.find((entry) => entry.key === op.key);
            expect(cache.get(op.key) !== undefined).toBe(found !== undefined);
            if (found) model = [...model.filter((entry) => entry !== found), found];
          } else {
            expect(cache.delete(op.key)).toBe(model.some((entry) => entry.key === op.key));
            model = model.filter((entry) => entry.key !== op.key);
          }
          expect(cache.weight).toBeLessThanOrEqual(20);
          expect(cache.weight).toBe(model.reduce((sum, entry) => sum + entry.weight, 0));
          expect(cache.size).toBe(model.length);
        }
      }),
    );
  });
});
