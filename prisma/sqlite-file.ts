import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Creates the SQLite file's folder and switches the file to WAL, which SQLite remembers in the file
 * itself, so every later connection (the app's included) reads while another writes.
 */
export function prepareSqliteFile(filePath: string): void {
  fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });
  const db = new Database(filePath, { timeout: 10_000 });
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}
