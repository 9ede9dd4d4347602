import { describe, expect, it } from "vitest";
import { isSessionExpired, parseAuthEnv } from "./auth-env";

describe("parseAuthEnv", () => {
  it("defaults to 12-hour sessions and no trusted proxy", () => {
    expect(parseAuthEnv({})).toEqual({ sessionMaxAgeSeconds: 12 * 3600, trustedProxyHops: 0 });
    expect(parseAuthEnv({ SESSION_MAX_AGE_HOURS: "", TRUST_PROXY: "" })).toEqual({ sessionMaxAgeSeconds: 12 * 3600, trustedProxyHops: 0 });
  });

  it("reads both settings", () => {
    expect(parseAuthEnv({ SESSION_MAX_AGE_HOURS: "0.5", TRUST_PROXY: "1" })).toEqual({ sessionMaxAgeSeconds: 1800, trustedProxyHops: 1 });
  });

  it("names the variable and what was expected", () => {
    expect(() => parseAuthEnv({ SESSION_MAX_AGE_HOURS: "twelve" })).toThrow(
      'Invalid environment: SESSION_MAX_AGE_HOURS: expected a number of hours above 0 and at most 720, got "twelve"',
    );
    expect(() => parseAuthEnv({ SESSION_MAX_AGE_HOURS: "0" })).toThrow("SESSION_MAX_AGE_HOURS");
    expect(() => parseAuthEnv({ TRUST_PROXY: "true" })).toThrow(
      'TRUST_PROXY: expected the number of reverse proxies in front of the app (0, 1, 2, ...), got "true"',
    );
  });
});

describe("isSessionExpired", () => {
  const signedInAt = Date.parse("2026-11-25T08:00:00Z") / 1000;

  it("is absolute: expires exactly maxAge after sign-in", () => {
    expect(isSessionExpired(signedInAt, new Date("2026-11-25T19:59:59Z"), 12 * 3600)).toBe(false);
    expect(isSessionExpired(signedInAt, new Date("2026-11-25T20:00:00Z"), 12 * 3600)).toBe(true);
  });
});
