import { describe, expect, it } from "vitest";
import { uuidV7, uuidV7Time } from "./uuid-v7";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("uuidV7", () => {
  it("is an RFC 9562 version 7 UUID carrying its millisecond", () => {
    const at = Date.UTC(2026, 10, 25, 17, 30);
    const id = uuidV7(at);
    expect(id).toMatch(UUID_V7);
    expect(uuidV7Time(id)).toBe(at);
  });

  it("sorts in the order made, as text, within one millisecond and when the clock steps back", () => {
    const at = Date.UTC(2027, 0, 1);
    const ids = [
      ...Array.from({ length: 5000 }, () => uuidV7(at)), // more than the 4,096 a millisecond's counter holds
      uuidV7(at - 10_000), // the clock stepped back
      uuidV7(at + 60_000),
    ];
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
