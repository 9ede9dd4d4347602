// `npm start`: prepare the database and content, build if the build is missing or stale, then serve
// the production app on PORT (default 3000). `npm run dev` runs the same preparation, then `next dev`.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { prepare, projectRoot } from "./prepare";
import { buildIsCurrent, recordBuild } from "./build-state";

const nextBin = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");

function run(args: string[], env: NodeJS.ProcessEnv): number {
  const result = spawnSync(process.execPath, [nextBin, ...args], { cwd: projectRoot, env, stdio: "inherit" });
  return result.status ?? 1;
}

async function main(): Promise<void> {
  const mode = process.argv[2] === "dev" ? "dev" : "start";
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const prepared = await prepare();
  const env = { ...process.env, ...prepared };
  const port = process.env.PORT ?? "3000";
  if (!/^\d+$/.test(port) || Number(port) > 65535) {
    throw new Error(`PORT must be a number from 0 to 65535, got "${port}"`);
  }

  if (mode === "start" && !buildIsCurrent(projectRoot)) {
    console.log("[footnote] building the app (the build is missing or older than the source)...");
    if (run(["build"], { ...env, NODE_ENV: "production" }) !== 0) throw new Error("next build failed; see the output above");
    recordBuild(projectRoot);
  }

  // FOOTNOTE_CPU_PROF_DIR (set by `npm run bench -- --cpu-prof <dir>`): the server writes a V8 CPU
  // profile there when it stops; docs/operations.md shows how to read one.
  const profileDir = process.env.FOOTNOTE_CPU_PROF_DIR;
  const nodeArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
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
