// `npm start`: prepare the database and content, build if the build is missing or stale, then serve
// the production app on PORT (default 3000) with one worker process per core (WEB_CONCURRENCY).
// `npm run dev` runs the same preparation, then `next dev`.
import { spawn, spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { resolveDatabaseTarget } from "../lib/config/database-url";
import { resolveWorkerCount } from "../lib/config/worker-count";
import { prepare, projectRoot } from "./prepare";
import { buildIsCurrent, recordBuild } from "./build-state";
import { serveWithWorkers } from "./serve-workers";

const nextBin = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");

function run(args: string[], env: NodeJS.ProcessEnv): number {
  const result = spawnSync(process.execPath, [nextBin, ...args], { cwd: projectRoot, env, stdio: "inherit" });
  return result.status ?? 1;
}

async function main(): Promise<void> {
  const mode = process.argv[2] === "dev" ? "dev" : "start";
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  // Checked before the database and the build, so a bad value fails at once. `next dev` is one process.
  const workers = mode === "start" ? resolveWorkerCount(process.env.WEB_CONCURRENCY, resolveDatabaseTarget(process.env.DATABASE_URL).provider, os.availableParallelism()) : 1;
  const prepared = await prepare();
  const env = { ...process.env, ...prepared };
  const port = process.env.PORT ?? "3000";
  if (!/^\d+$/.test(port) || Number(port) > 65535) {
    throw new Error(`PORT must be a number from 0 to 65535, got "${port}"`);
  }
  // next-auth builds its callback and error URLs from NEXTAUTH_URL, and assumes port 3000 without it.
  env.NEXTAUTH_URL ||= `http://localhost:${port}`;

  if (mode === "start" && !buildIsCurrent(projectRoot)) {
    console.log("[footnote] building the app (the build is missing or older than the source)...");
    if (run(["build"], { ...env, NODE_ENV: "production" }) !== 0) throw new Error("next build failed; see the output above");
    recordBuild(projectRoot);
  }

  // FOOTNOTE_CPU_PROF_DIR (set by `npm run bench -- --cpu-prof <dir>`): each server process writes a
  // V8 CPU profile there when it stops; docs/operations.md shows how to read one.
  const profileDir = process.env.FOOTNOTE_CPU_PROF_DIR;
  const nodeArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  if (mode === "start") {
    serveWithWorkers({ nextBin, cwd: projectRoot, port, workers, env, nodeArgs, log: (message) => console.log(`[footnote] ${message}`) });
    return;
  }
  const child = spawn(process.execPath, [...nodeArgs, nextBin, mode, "--port", port], { cwd: projectRoot, env, stdio: "inherit" });
  console.log(`[footnote] serving on http://localhost:${port}`);
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error: unknown) => {
  console.error(`[footnote] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
