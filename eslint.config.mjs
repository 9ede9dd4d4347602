import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([".next/**", "node_modules/**", "server/generated/**", "data/**", "bench/tmp/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // lib/ is pure: no framework, database or I/O imports (docs/decisions and house style).
    files: ["lib/**/*.ts"],
    ignores: ["lib/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom", "@prisma/*", "@/server/*", "../server/*", "../../server/*"], message: "lib/ is pure TypeScript: no framework, database or server imports." },
            { group: ["node:fs", "fs", "node:child_process", "node:net", "node:http"], message: "lib/ does no I/O." },
          ],
        },
      ],
    },
  },
]);
