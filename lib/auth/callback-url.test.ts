import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(safeCallbackPath("/classes")).toBe("/classes");
    expect(safeCallbackPath("/read/mali-empire?section=2#history")).toBe("/read/mali-empire?section=2#history");
  });

  it("refuses anything that leaves the site", () => {
    for (const raw of ["https://evil.example/", "//evil.example", "/\\evil.example", "/\t/evil.example", "javascript:alert(1)", "classes"]) {
      expect(safeCallbackPath(raw), raw).toBeNull();
    }
  });

  it("refuses the auth pages and the API, which would loop or are not pages", () => {
    expect(safeCallbackPath("/sign-in")).toBeNull();
    expect(safeCallbackPath("/sign-in?callbackUrl=/x")).toBeNull();
    expect(safeCallbackPath("/sign-up")).toBeNull();
    expect(safeCallbackPath("/api/users")).toBeNull();
    expect(safeCallbackPath("/sign-inside")).toBe("/sign-inside");
  });

  it("refuses a missing or repeated parameter", () => {
    expect(safeCallbackPath(undefined)).toBeNull();
    expect(safeCallbackPath(["/study", "/classes"])).toBeNull();
  });
});
