// Vitest global setup for the projects that write into the run's temp folder (the SQLite test
// database, each browser test's app data folder): the folder is removed once every project has
// finished, passed or failed, so that runs do not pile up in /tmp. FOOTNOTE_KEEP_TEST_DATA=1 keeps
// it, to look at after a failure.
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

export default function setup(project: TestProject): () => void {
  const runDir = project.config.env.FOOTNOTE_TEST_RUN_DIR;
  return () => {
    // Only the folder vitest.config.ts names for this run, never a path set by other means.
    if (typeof runDir !== "string" || !path.basename(runDir).startsWith("footnote-test-")) return;
    if (process.env.FOOTNOTE_KEEP_TEST_DATA === "1") {
      console.log(`[tests] kept this run's data in ${runDir} (FOOTNOTE_KEEP_TEST_DATA=1)`);
      return;
    }
    fs.rmSync(runDir, { recursive: true, force: true });
  };
}
