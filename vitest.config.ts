import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// A non-UTC zone by default so that date code which silently assumes UTC fails here first.
process.env.TZ ??= "America/Los_Angeles";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./tests/support/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "server/**/*.test.ts", "tests/integration/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 20000,
    hookTimeout: 60000,
  },
});
