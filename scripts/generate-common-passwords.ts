// Writes lib/auth/common-passwords.json: the 10,000 most common passwords, in rank order, taken from
// the devDependency @zxcvbn-ts/language-common. The output is committed, so the app does not need
// that package at run time. Re-run after upgrading the package:
//   npx tsx scripts/generate-common-passwords.ts
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { z } from "zod";
import { COMMON_PASSWORD_COUNT } from "../lib/auth/common-password-count";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const packageName = "@zxcvbn-ts/language-common";
const sourceFile = require.resolve(`${packageName}/src/passwords.json`);
const packageVersion = z.object({ version: z.string() }).parse(require(`${packageName}/package.json`)).version;

const ranked = z
  .array(z.string())
  .min(COMMON_PASSWORD_COUNT, `${sourceFile}: expected at least ${COMMON_PASSWORD_COUNT} passwords`)
  .parse(JSON.parse(fs.readFileSync(sourceFile, "utf8")));

const passwords = ranked.slice(0, COMMON_PASSWORD_COUNT).map((password) => password.toLowerCase());

const output = {
  source: `${packageName}@${packageVersion} src/passwords.json, the first ${COMMON_PASSWORD_COUNT} entries (ranked by frequency), lowercased`,
  generatedBy: "scripts/generate-common-passwords.ts",
  passwords,
};

// One password per line keeps diffs readable when the source list changes.
const body = `{\n  "source": ${JSON.stringify(output.source)},\n  "generatedBy": ${JSON.stringify(output.generatedBy)},\n  "passwords": [\n${passwords
  .map((password) => `    ${JSON.stringify(password)}`)
  .join(",\n")}\n  ]\n}\n`;
const target = path.join(root, "lib/auth/common-passwords.json");
fs.writeFileSync(target, body);
console.log(`wrote ${path.relative(root, target)}: ${passwords.length} passwords from ${packageName}@${packageVersion}`);
