// Decides whether the production build in .next matches the source, by a hash of every file that
// goes into it. `npm start` rebuilds only when the hash differs (or there is no build).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = ["app", "pages", "components", "server", "lib", "types", "public", "next.config.js", "proxy.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const SKIP = new Set(["node_modules", ".next", "data"]);

function listFiles(root: string, entry: string, out: string[]): void {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return;
  const stat = fs.statSync(full);
  if (stat.isFile()) {
    if (!/\.test\.tsx?$/.test(entry)) out.push(entry);
    return;
  }
  for (const child of fs.readdirSync(full).sort()) {
    if (!SKIP.has(child)) listFiles(root, path.join(entry, child), out);
  }
}

export function sourceHash(root: string): string {
  const files: string[] = [];
  for (const input of INPUTS) listFiles(root, input, files);
  const hash = crypto.createHash("sha256");
  for (const file of files) {
    hash.update(file);
    hash.update("\0");
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

const stampPath = (root: string) => path.join(root, ".next", "footnote-source-hash");

export function buildIsCurrent(root: string): boolean {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) return false;
  const stamp = stampPath(root);
  return fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8").trim() === sourceHash(root);
}

export function recordBuild(root: string): void {
  fs.writeFileSync(stampPath(root), `${sourceHash(root)}\n`);
}
