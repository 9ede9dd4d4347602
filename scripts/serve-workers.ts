// The production server as `npm start` runs it: `next start` in several worker processes sharing
// one port through Node's cluster module (docs/decisions/041-one-worker-per-core.md). This process
// only accepts connections and hands them to the workers; it restarts a worker that dies and stops
// them all on SIGINT or SIGTERM.
import cluster, { type Worker } from "node:cluster";

export type WorkerOptions = {
  /** next's CLI script. */
  nextBin: string;
  /** The project folder, which `next start` serves. */
  cwd: string;
  port: string;
  workers: number;
  env: NodeJS.ProcessEnv;
  /** Node options for each worker (for example --cpu-prof). */
  nodeArgs: string[];
  log: (message: string) => void;
};

/** A worker that dies this many times within RESTART_WINDOW_MS is not restarted again. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
const STOP_GRACE_MS = 10_000;

export function serveWithWorkers(options: WorkerOptions): void {
  const { log } = options;
  cluster.setupPrimary({ exec: options.nextBin, cwd: options.cwd, args: ["start", "--port", options.port], execArgv: options.nodeArgs });
  const listening = new Set<Worker>();
  const recentExits: number[] = [];
  let stopping = false;

  const stopAll = (signal: NodeJS.Signals, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
    if (workers.length === 0) process.exit(exitCode);
    let left = workers.length;
    for (const worker of workers) {
      worker.once("exit", () => {
        left -= 1;
        if (left === 0) process.exit(exitCode);
      });
      worker.process.kill(signal);
    }
    setTimeout(() => {
      for (const worker of workers) if (!worker.isDead()) worker.process.kill("SIGKILL");
      process.exit(exitCode);
    }, STOP_GRACE_MS).unref();
  };

  cluster.on("listening", (worker) => {
    listening.add(worker);
    if (listening.size === options.workers) log(`serving on http://localhost:${options.port} with ${options.workers} worker process(es)`);
  });

  cluster.on("exit", (worker, code, signal) => {
    const wasListening = listening.delete(worker);
    if (stopping) return;
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (!wasListening) {
      // It never served: a port already in use or a broken build. Restarting would only repeat it.
      log(`a worker process exited with ${how} before it was serving; stopping (see the output above)`);
      stopAll("SIGTERM", 1);
      return;
    }
    const now = Date.now();
    recentExits.push(now);
    while (recentExits.length > 0 && (recentExits[0] ?? now) < now - RESTART_WINDOW_MS) recentExits.shift();
    if (recentExits.length > MAX_RESTARTS) {
      log(`worker processes exited ${recentExits.length} times within ${RESTART_WINDOW_MS / 1000} s; stopping`);
      stopAll("SIGTERM", 1);
      return;
    }
    log(`worker process ${worker.process.pid} exited with ${how}; starting another`);
    cluster.fork(options.env);
  });

  process.on("SIGINT", () => stopAll("SIGINT", 0));
  process.on("SIGTERM", () => stopAll("SIGTERM", 0));
  for (let index = 0; index < options.workers; index++) cluster.fork(options.env);
}
