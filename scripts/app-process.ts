// Starts the production app the way a user does (`npm start`: migrate, secret, content, demo
// accounts), on a free port with a fresh SQLite database, for one browser test file or one benchmark run.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

export type RunningApp = {
  baseUrl: string;
  databaseUrl: string;
  dataDir: string;
  output: () => string;
  /** The Next.js server processes (the start script's workers), for memory readings; empty if gone. */
  serverPids: () => number[];
  /** Sends a signal to the start script and the server together (SIGKILL simulates a crash). */
  kill: (signal: NodeJS.Signals) => Promise<void>;
  stop: () => Promise<void>;
};

/** The children of every process, read from /proc (Linux). */
function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const siblings = children.get(parent);
      if (siblings) siblings.push(Number(entry));
      else children.set(parent, [Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

/** The Next.js server processes (titled `next-server`) below `rootPid`. */
function nextServerPids(rootPid: number): number[] {
  const children = childrenByParent();
  const below: number[] = [];
  for (let pending = [rootPid]; pending.length > 0; ) {
    const next = pending.flatMap((pid) => children.get(pid) ?? []);
    below.push(...next);
    pending = next;
  }
  return below.filter((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").startsWith("next-server");
    } catch {
      return false;
    }
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type StartOptions = {
  env?: Record<string, string>;
  /** Reuse a data folder (and with it the SQLite file and session secret), e.g. to restart after a crash. */
  dataDir?: string;
  /** Another database than the data folder's SQLite file, e.g. a PostgreSQL URL. */
  databaseUrl?: string;
};

export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const base = process.env.FOOTNOTE_TEST_RUN_DIR ?? os.tmpdir();
  fs.mkdirSync(base, { recursive: true });
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(base, "app-"));
  const databaseUrl = options.databaseUrl ?? `file:${path.join(dataDir, "footnote.db")}`;
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/start.ts"],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_URL: databaseUrl, FOOTNOTE_DATA_DIR: dataDir, NEXTAUTH_SECRET: "", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;

  // The app runs in its own process group (detached), so it would outlive a caller that dies
  // without calling stop(), an uncaught error in the benchmark, say: kill it as this process exits.
  const killOnExit = () => {
    if (child.pid === undefined || child.exitCode !== null) return;
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  };
  process.once("exit", killOnExit);
  child.once("exit", () => process.off("exit", killOnExit));

  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return; // already gone
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  };

  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode} before it was ready:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) {
        const serverPids = () => (child.pid === undefined ? [] : nextServerPids(child.pid));
        const kill = async (signal: NodeJS.Signals) => {
          if (child.pid === undefined || child.exitCode !== null) return;
          const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
          process.kill(-child.pid, signal);
          await exited;
        };
        return { baseUrl, databaseUrl, dataDir, output: () => output, serverPids, kill, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the app did not become healthy within 120 s:\n${output}`);
}

/** A question as the API sends it before it is answered: the fields an answer's shape depends on. */
export type PublicQuestion = { id: string; kind: string; choices?: string[]; lefts?: string[] };

/** A response of the right shape for a question (right or wrong does not matter to the callers). */
export function sampleResponse(question: PublicQuestion): unknown {
  if (question.kind === "timeline-order") return question.choices ?? [];
  if (question.kind === "matching") return (question.lefts ?? []).map((left, index) => [left, question.choices?.[index] ?? ""]);
  return question.choices?.[0] ?? "an answer";
}

/** POSTs a JSON body (or none) to the app as the signed-in student's browser would, same-site. */
export function postJson(baseUrl: string, cookie: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie, Origin: baseUrl },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Signs in through next-auth's credentials endpoint, as a browser form would; returns the Cookie header. */
export async function signInWithCredentials(baseUrl: string, account: { email: string; password: string }): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie, Origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email: account.email, password: account.password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`sign-in as ${account.email} failed with status ${response.status}`);
  return [csrfCookie, session.split(";")[0]].join("; ");
}
