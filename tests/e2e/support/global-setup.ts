// Builds the production app once for all browser tests (skipped when the build matches the source)
// and checks that Debian's Chromium is there.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIsCurrent, recordBuild } from "../../../scripts/build-state";
import { CHROMIUM_PATH } from "./browser";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../..");

export default function setup(): void {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Browser tests need Debian's Chromium at ${CHROMIUM_PATH}: run apt-get install -y chromium (npm test does this when run as root).`);
  }
  if (buildIsCurrent(root)) return;
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0) throw new Error("next build failed before the browser tests; see the output above");
  recordBuild(root);
}
