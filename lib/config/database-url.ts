import { z } from "zod";

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgresql"; url: string };

export const DEFAULT_DATABASE_URL = "file:./data/footnote.db";

const databaseUrlSchema = z
  .string()
  .trim()
  .min(1, "DATABASE_URL is empty")
  .refine((value) => /^(file:|postgres(ql)?:\/\/)/.test(value), {
    message: "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)",
  });

/**
 * Reads DATABASE_URL (or the default SQLite file) into the provider and URL the app should use.
 * Throws with a message that names the variable and what was expected.
 */
export function resolveDatabaseTarget(rawUrl: string | undefined): DatabaseTarget {
  const parsed = databaseUrlSchema.safeParse(rawUrl === undefined || rawUrl === "" ? DEFAULT_DATABASE_URL : rawUrl);
  if (!parsed.success) {
    throw new Error(`Invalid DATABASE_URL: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
  }
  const url = parsed.data;
  if (url.startsWith("file:")) {
    const filePath = url.slice("file:".length).replace(/\?.*$/, "");
    if (filePath === "") throw new Error("Invalid DATABASE_URL: file: needs a path, for example file:./data/footnote.db");
    return { provider: "sqlite", url, filePath };
  }
  return { provider: "postgresql", url };
}
