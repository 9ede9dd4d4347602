import fs from "node:fs";
import { defineConfig } from "prisma/config";

// `prisma generate` needs no engine, but the CLI still looks for its native schema engine and tries to
// download it, which fails offline. Pointing it at any existing executable skips the download.
// Migrations never use the native engine here: scripts/db.ts drives the WebAssembly one.
// See docs/decisions/001-wasm-schema-engine.md.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = fs.existsSync("/bin/true") ? "/bin/true" : process.execPath;
}

export default defineConfig({
  schema: process.env.PRISMA_SCHEMA ?? "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
