// Where a request's time goes, from a worker's CPU profile written by `npm run bench -- --cpu-prof`.
//
//   npx tsx scripts/cpu-profile-windows.ts <file.cpuprofile>
//     prints the profile second by second: A when the App Router's runtime is on the stack, P the
//     Pages Router's, _ idle, - anything else. A round of the benchmark shows as A (the App Router
//     no-op), then P twice as long (the Pages Router no-op, then answering).
//   npx tsx scripts/cpu-profile-windows.ts <file> --base 93-99:2311 --compare 101-107:1352 [--by file]
//     compares two windows (seconds FROM-TO of the profile, and the requests per second this worker
//     served in them: the bench's figure for the round divided by the number of workers), in
//     microseconds of this worker's time per request, for each function (or file), the largest
//     differences first.
//
// A sample taken while the thread sleeps inside native code (SQLite's busy handler) counts as time
// of the JavaScript function that called it, as V8's profiler records it.
import fs from "node:fs";
import { z } from "zod";

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number(), columnNumber: z.number() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  startTime: z.number(),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});
type ProfileNode = z.infer<typeof profileSchema>["nodes"][number];

function fail(message: string): never {
  console.error(`[cpu-profile-windows] ${message}`);
  process.exit(2);
}

const [file, ...rest] = process.argv.slice(2);
if (!file) fail("usage: cpu-profile-windows.ts <file.cpuprofile> [--base FROM-TO:RPS --compare FROM-TO:RPS] [--by file]");
const option = (name: string) => {
  const index = rest.indexOf(name);
  return index < 0 ? undefined : rest[index + 1];
};

let parsed: z.infer<typeof profileSchema>;
try {
  parsed = profileSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
} catch (error) {
  fail(`${file} is not a readable V8 CPU profile: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
}
const profile = parsed;
const nodes = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

const shortUrl = (url: string) => url.replace(/^file:\/\/\/.*?\/(\.next|node_modules)\//, "$1/").slice(-70);
const byFile = option("--by") === "file";
const labelOf = (node: ProfileNode) =>
  byFile
    ? shortUrl(node.callFrame.url) || node.callFrame.functionName
    : `${node.callFrame.functionName || "(anonymous)"} ${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;

// Which router's runtime a sample's stack passes through: 1 the Pages Router's, 2 the App Router's.
const routerCache = new Map<number, number>();
function routersOf(id: number): number {
  const known = routerCache.get(id);
  if (known !== undefined) return known;
  const node = nodes.get(id);
  const parent = parentOf.get(id);
  let routers = parent === undefined ? 0 : routersOf(parent);
  if (node && /pages-api(-turbo)?\.runtime/.test(node.callFrame.url)) routers |= 1;
  if (node && /app-route(-turbo)?\.runtime/.test(node.callFrame.url)) routers |= 2;
  routerCache.set(id, routers);
  return routers;
}

type Sample = { node: ProfileNode; second: number; micros: number };
const samples: Sample[] = [];
let clock = profile.startTime;
profile.samples.forEach((id, index) => {
  const micros = profile.timeDeltas[index] ?? 0;
  clock += micros;
  const node = nodes.get(id);
  if (node) samples.push({ node, second: Math.floor((clock - profile.startTime) / 1e6), micros });
});
const isIdle = (sample: Sample) => sample.node.callFrame.functionName === "(idle)";

const base = option("--base");
const compare = option("--compare");
if (!base || !compare) {
  const seconds = new Map<number, { total: number; idle: number; pages: number; app: number }>();
  for (const sample of samples) {
    const entry = seconds.get(sample.second) ?? { total: 0, idle: 0, pages: 0, app: 0 };
    entry.total += sample.micros;
    if (isIdle(sample)) entry.idle += sample.micros;
    const routers = routersOf(sample.node.id);
    if (routers & 1) entry.pages += sample.micros;
    if (routers & 2) entry.app += sample.micros;
    seconds.set(sample.second, entry);
  }
  const last = Math.max(...seconds.keys());
  let line = "";
  for (let second = 0; second <= last; second++) {
    const entry = seconds.get(second);
    const mark = !entry ? " " : entry.idle / entry.total > 0.8 ? "_" : entry.app / entry.total > 0.05 ? "A" : entry.pages / entry.total > 0.05 ? "P" : "-";
    line += mark;
    if (second % 10 === 9) line += " ";
  }
  console.log(`seconds 0-${last}, in tens:\n${line}`);
  process.exit(0);
}

function parseWindow(text: string, name: string) {
  const match = /^(\d+)-(\d+):(\d+(?:\.\d+)?)$/.exec(text);
  if (!match) fail(`${name} must be FROM-TO:RPS (seconds of the profile and this worker's requests per second), got "${text}"`);
  const [from, to, rps] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (to < from || rps <= 0) fail(`${name} "${text}": TO must not be before FROM, and RPS must be above 0`);
  return { from, to, rps };
}

function perRequest(window: ReturnType<typeof parseWindow>) {
  const micros = new Map<string, number>();
  let busy = 0;
  for (const sample of samples) {
    if (sample.second < window.from || sample.second > window.to || isIdle(sample)) continue;
    busy += sample.micros;
    const label = labelOf(sample.node);
    micros.set(label, (micros.get(label) ?? 0) + sample.micros);
  }
  const requests = (window.to - window.from + 1) * window.rps;
  return { busy: busy / requests, each: new Map([...micros].map(([label, value]) => [label, value / requests])) };
}

const before = perRequest(parseWindow(base, "--base"));
const after = perRequest(parseWindow(compare, "--compare"));
console.log(`busy time per request: base ${before.busy.toFixed(0)} us, compared ${after.busy.toFixed(0)} us`);
const rows = [...new Set([...before.each.keys(), ...after.each.keys()])]
  .map((label) => ({ label, base: before.each.get(label) ?? 0, compared: after.each.get(label) ?? 0 }))
  .map((row) => ({ ...row, difference: row.compared - row.base }))
  .sort((a, b) => b.difference - a.difference);
const limit = Number(option("--top") ?? 30);
console.log("difference  base  compared  (us per request)");
for (const row of rows.slice(0, limit)) {
  console.log(`${row.difference.toFixed(1).padStart(10)}  ${row.base.toFixed(1).padStart(6)}  ${row.compared.toFixed(1).padStart(6)}  ${row.label}`);
}
