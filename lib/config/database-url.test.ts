import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, resolveDatabaseTarget } from "./database-url";

describe("resolveDatabaseTarget", () => {
  it("defaults to the SQLite file in the data folder", () => {
    expect(resolveDatabaseTarget(undefined)).toEqual({
      provider: "sqlite",
      url: DEFAULT_DATABASE_URL,
      filePath: "./data/footnote.db",
    });
  });

  it("picks PostgreSQL for postgres URLs", () => {
    expect(resolveDatabaseTarget("postgresql://postgres@127.0.0.1:5432/test").provider).toBe("postgresql");
    expect(resolveDatabaseTarget("postgres://u@h/db").provider).toBe("postgresql");
  });

  it("rejects anything else with a message naming the variable", () => {
    expect(() => resolveDatabaseTarget("mysql://x")).toThrow(/DATABASE_URL must start with file:/);
    expect(() => resolveDatabaseTarget("file:")).toThrow(/file: needs a path/);
  });
});
