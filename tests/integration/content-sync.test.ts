import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { syncContentFolder } from "@/server/content/sync";
import { getReaderArticle } from "@/server/content/data";

const root = path.resolve(__dirname, "../..");
const fixture = (name: string) => fs.readFileSync(path.join(root, "tests/fixtures/content", name), "utf8");

// Each test works in its own folder with a title nobody else uses, so runs against a shared
// database (both providers run these tests) never see each other's articles.
let folder: string;
let title: string;
let slug: string;
let fileName: string;

function articleText(base: string): string {
  return base.replace(/^= .+ =$/m, `= ${title} =`).replace(/^(Mali Empire)$/m, title);
}

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-sync-"));
  const unique = Math.random().toString(36).slice(2, 8);
  title = `Sync Test Empire ${unique}`;
  slug = `sync-test-empire-${unique}`;
  fileName = `empire-${unique}.txt`;
});

describe("content sync", () => {
  it("stores a new article by slug with its hash, attribution and question bank", async () => {
    fs.writeFileSync(path.join(folder, fileName), articleText(fixture("mali-empire.txt")));
    fs.writeFileSync(path.join(folder, fileName.replace(".txt", ".attribution")), "Written for the Footnote tests. CC BY-SA 4.0.\n");
    const report = await syncContentFolder(folder);
    expect(report.outcomes).toHaveLength(1);
    expect(report.outcomes[0]).toMatchObject({ status: "created", slug });
    const stored = await getReaderArticle(slug);
    expect(stored?.title).toBe(title);
    expect(stored?.attribution).toBe("Written for the Footnote tests. CC BY-SA 4.0.");
    expect(stored?.model.sentences.length).toBeGreaterThan(10);
    const article = await db.article.findUniqueOrThrow({ where: { slug } });
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await db.question.count({ where: { articleId: article.id, retiredAt: null } })).toBeGreaterThan(0);
  });

  it("does not reprocess an unchanged article", async () => {
    fs.writeFileSync(path.join(folder, fileName), articleText(fixture("mali-empire.txt")));
    await syncContentFolder(folder);
    const before = await db.article.findUniqueOrThrow({ where: { slug } });
    const second = await syncContentFolder(folder);
    expect(second.outcomes[0]).toMatchObject({ status: "unchanged" });
    const after = await db.article.findUniqueOrThrow({ where: { slug } });
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
  });

  it("regenerates the bank of an unchanged article stored by an earlier question generator", async () => {
    fs.writeFileSync(path.join(folder, fileName), articleText(fixture("mali-empire.txt")));
    await syncContentFolder(folder);
    const article = await db.article.findUniqueOrThrow({ where: { slug } });
    const questions = await db.question.findMany({ where: { articleId: article.id, retiredAt: null }, select: { id: true, data: true } });
    // As an earlier version left it: another hash (the version is part of it) and stale question text.
    const stale = questions[0]!;
    await db.article.update({ where: { id: article.id }, data: { contentHash: crypto.createHash("sha256").update("generator 1").digest("hex") } });
    await db.question.update({ where: { id: stale.id }, data: { data: JSON.stringify({ ...JSON.parse(stale.data), prompt: "An earlier generator's prompt?" }) } });
    const report = await syncContentFolder(folder);
    expect(report.outcomes[0]).toMatchObject({ status: "updated", slug });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).contentHash).toBe(article.contentHash);
    expect(JSON.parse((await db.question.findUniqueOrThrow({ where: { id: stale.id } })).data)).toEqual(JSON.parse(stale.data));
    // Same ids, so learners' answers stay attached; nothing retired.
    expect(await db.question.count({ where: { articleId: article.id, retiredAt: null } })).toBe(questions.length);
  });

  it("keeps serving the last good version when a new version has format errors", async () => {
    const good = articleText(fixture("mali-empire.txt"));
    fs.writeFileSync(path.join(folder, fileName), good);
    await syncContentFolder(folder);
    const broken = good.replace(/^==([^=\n]+)==$/m, "==$1");
    fs.writeFileSync(path.join(folder, fileName), broken);
    const report = await syncContentFolder(folder);
    expect(report.outcomes[0]).toMatchObject({ status: "rejected", keptSlug: slug });
    expect(report.lines.some((line) => line.startsWith(`content/${fileName}:`) && /:\d+:\d+: error: /.test(line))).toBe(true);
    const stored = await db.article.findUniqueOrThrow({ where: { slug } });
    expect(stored.sourceText).toBe(good);
  });

  it("retires, never deletes, questions whose source disappeared", async () => {
    const good = articleText(fixture("mali-empire.txt"));
    fs.writeFileSync(path.join(folder, fileName), good);
    await syncContentFolder(folder);
    const article = await db.article.findUniqueOrThrow({ where: { slug } });
    const before = await db.question.findMany({ where: { articleId: article.id } });
    // Drop the last third of the article: questions built from it must be retired.
    const shortened = good.slice(0, good.lastIndexOf("\n==", Math.floor(good.length * 0.7)));
    fs.writeFileSync(path.join(folder, fileName), `${shortened}\n`);
    const report = await syncContentFolder(folder);
    expect(report.outcomes[0]).toMatchObject({ status: "updated" });
    const after = await db.question.findMany({ where: { articleId: article.id } });
    expect(after.length).toBeGreaterThanOrEqual(before.length);
    const retired = after.filter((question) => question.retiredAt !== null);
    expect(retired.length).toBeGreaterThan(0);
    const afterIds = new Set(after.map((question) => question.id));
    expect(before.every((question) => afterIds.has(question.id))).toBe(true);
  });
});
