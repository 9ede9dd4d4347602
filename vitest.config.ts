import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// A non-UTC zone by default so that date code which silently assumes UTC fails here first.
process.env.TZ ??= "America/Los_Angeles";

const runDir = path.join(os.tmpdir(), `footnote-test-${process.pid}`);
const postgresUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./tests/support/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "prisma/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["tests/integration/**/*.test.ts"],
          env: { DATABASE_URL: `file:${path.join(runDir, "integration.db")}`, FOOTNOTE_TEST_RUN_DIR: runDir },
          globalSetup: ["tests/support/database-setup.ts", "tests/support/run-dir-cleanup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ["tests/integration/**/*.test.ts"],
          env: { DATABASE_URL: postgresUrl, FOOTNOTE_TEST_RUN_DIR: runDir },
          globalSetup: ["tests/support/database-setup.ts", "tests/support/run-dir-cleanup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.test.ts"],
          env: { FOOTNOTE_TEST_RUN_DIR: runDir },
          globalSetup: ["tests/e2e/support/global-setup.ts", "tests/support/run-dir-cleanup.ts"],
          testTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
