import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The CLI (scripts/content.ts) run as `npm run content -- ...` runs it, from the repository root.
const root = fileURLToPath(new URL("../../", import.meta.url));

function content(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/content.ts", ...args], { cwd: root, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run content", () => {
  it("check: summarises every content/*.txt article, prints notices as file:line:col, exits 0", () => {
    const { status, stdout } = content("check");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^content\/al-qaeda-in-the-islamic-maghreb\.txt: Al-Qaeda in the Islamic Maghreb: 14 infobox fields, 14 sections, 109 sentences, 23 timeline events$/m);
    expect(stdout).toMatch(/^content\/al-qaeda-in-the-islamic-maghreb\.txt:36:320: notice: damaged text: .*Omar Ould Hamaha said:/m);
    expect(stdout).toMatch(/checked \d+ files?: 0 errors, \d+ notices?/);
  });

  it("check: prints errors with file:line:col and exits 1", () => {
    const { status, stdout } = content("check", "tests/fixtures/content/mali-war.txt", "tests/fixtures/content/invalid/unclosed-heading.txt");
    expect(status).toBe(1);
    expect(stdout).toMatch(/^tests\/fixtures\/content\/mali-war\.txt: Mali War: 9 infobox fields, 13 sections, 59 sentences, 19 timeline events$/m);
    expect(stdout).toMatch(/^tests\/fixtures\/content\/invalid\/unclosed-heading\.txt:5:10: error: heading is not closed/m);
    expect(stdout).toMatch(/checked 2 files: 1 error, /);
  });

  it("show --json: prints the model with its top-level fields", () => {
    const { status, stdout } = content("show", "tests/fixtures/content/mali-empire.txt", "--json");
    expect(status).toBe(0);
    const model = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(model)).toEqual(expect.arrayContaining(["title", "slug", "infobox", "sections", "sentences", "timeline"]));
    expect(model.slug).toBe("mali-empire");
  });

  it("show: prints a readable summary", () => {
    const { status, stdout } = content("show", "tests/fixtures/content/mali-empire.txt");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Mali Empire \(mali-empire\)$/m);
    expect(stdout).toMatch(/^ {2}c\. 1235 +Sundiata Keita defeats/m);
  });

  it.each([[[]], [["frobnicate"]], [["show"]], [["show", "a.txt", "b.txt"]], [["check", "--fast"]], [["show", "no-such-file.txt"]]])(
    "exits 2 with the usage for bad arguments %j",
    (args) => {
      const { status, stderr } = content(...args);
      expect(status).toBe(2);
      expect(stderr).toMatch(/usage: npm run content -- <command>/);
    },
  );
});
