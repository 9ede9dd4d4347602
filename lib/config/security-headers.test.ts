import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers.js";

describe("securityHeaders", () => {
  it.each([true, false])("has no colon in any value, so Next copies it instead of compiling it per request (production %s)", (production) => {
    for (const header of securityHeaders(production)) {
      expect(header.value, header.key).not.toContain(":");
      expect(header.key, header.key).not.toContain(":");
    }
  });

  it("keeps the policy same-origin, with no framing and no plugins", () => {
    const csp = securityHeaders(true).find((header) => header.key === "Content-Security-Policy")?.value ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("img-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("allows eval only in development, where React's tooling needs it", () => {
    const dev = securityHeaders(false).find((header) => header.key === "Content-Security-Policy")?.value ?? "";
    expect(dev).toContain("'unsafe-eval'");
    expect(securityHeaders(false).some((header) => header.key === "Strict-Transport-Security")).toBe(false);
    expect(securityHeaders(true).some((header) => header.key === "Strict-Transport-Security")).toBe(true);
  });
});
