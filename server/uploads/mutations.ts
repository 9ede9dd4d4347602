import "server-only";
import { readAttribution } from "@/lib/content/attribution";
import { decodeArticleBytes } from "@/lib/content/decode";
import { MAX_ARTICLE_BYTES, describeSize } from "@/lib/content/limits";
import { parseArticle } from "@/lib/content/parse-article";
import { hasFormatErrors } from "@/lib/content/problems";
import type { Problem } from "@/lib/content/types";
import { assignmentPool } from "../assignments/pool";
import { perStudentDrawSize } from "../assignments/question-set";
import { assignmentSelect, readAssignment } from "../assignments/records";
import { TeachError } from "../classes/errors";
import { storeArticle } from "../content/sync";
import { db } from "../db";

// An instructor's article upload: checked exactly as `npm run content -- check` checks a file
// (same decoder, parser and attribution rules), stored only without format errors, and limited to
// MAX_UPLOADS_PER_HOUR per instructor, counted in the database so the limit holds across restarts
// and app instances.

export const MAX_UPLOADS_PER_HOUR = 10;
const HOUR_MS = 60 * 60 * 1000;

export type UploadProblem = Problem & { file: string };

export type UploadResult =
  | {
      status: "accepted";
      uploadId: string;
      slug: string;
      title: string;
      created: boolean;
      questions: number;
      problems: UploadProblem[];
      /**
       * Open or upcoming assignments that lose questions with the new version: with the same
       * questions for everyone, drawn questions it no longer has; with a draw per student, questions
       * a student's draw can no longer hold (its pool now holds fewer than it asks for).
       */
      assignmentsLosingQuestions: LosingAssignment[];
    }
  | { status: "rejected"; uploadId: string; problems: UploadProblem[] };

export type LosingAssignment = { assignmentId: string; title: string; drawMode: "same" | "per-student"; lost: number; of: number };

export type UploadInput = { fileName: string; bytes: Uint8Array; attribution: string };

/** The file name as shown in problems; only its last path part, and only safe characters. */
export function uploadFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[^\w.-]+/g, "-").slice(0, 120);
  return cleaned === "" ? "article.txt" : cleaned;
}

/**
 * Counts this hour's uploads and records this one, as one transaction that first locks the
 * instructor's user row: concurrent uploads by the same instructor queue there (PostgreSQL row
 * lock; SQLite runs one write transaction at a time), so the 11th of 11 parallel uploads is refused.
 */
async function reserveUploadSlot(instructorId: string, fileName: string, bytes: number, now: Date): Promise<string> {
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: instructorId }, data: { updatedAt: now }, select: { id: true } });
    const since = new Date(now.getTime() - HOUR_MS);
    const recent = await tx.articleUpload.findMany({ where: { uploaderId: instructorId, createdAt: { gt: since } }, orderBy: { createdAt: "asc" }, select: { createdAt: true } });
    if (recent.length >= MAX_UPLOADS_PER_HOUR) {
      const oldest = recent[0]?.createdAt ?? now;
      const retryAt = new Date(oldest.getTime() + HOUR_MS);
      const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
      throw new TeachError("too-many", `You have uploaded ${MAX_UPLOADS_PER_HOUR} articles in the last hour. Try again in ${minutes} minute${minutes === 1 ? "" : "s"} (at ${retryAt.toISOString().slice(11, 16)} UTC).`);
    }
    const row = await tx.articleUpload.create({ data: { uploaderId: instructorId, fileName, bytes, status: "received", createdAt: now }, select: { id: true } });
    return row.id;
  });
}

export async function uploadArticle(instructorId: string, input: UploadInput, now: Date): Promise<UploadResult> {
  const fileName = uploadFileName(input.fileName);
  if (input.bytes.length > MAX_ARTICLE_BYTES) {
    throw new TeachError("invalid", `The file is ${describeSize(input.bytes.length)}; an article may be at most 5 MB (${MAX_ARTICLE_BYTES} bytes).`, { file: ["At most 5 MB"] });
  }
  const uploadId = await reserveUploadSlot(instructorId, fileName, input.bytes.length, now);
  const attributionName = fileName.replace(/\.txt$/i, "") + ".attribution";
  const inFile = (file: string, problems: readonly Problem[]): UploadProblem[] => problems.map((problem) => ({ ...problem, file }));

  const attribution = readAttribution(input.attribution);
  const decoded = decodeArticleBytes(input.bytes);
  const parsed = decoded.text === null ? null : parseArticle(decoded.text, { fileName });
  const problems = [...inFile(fileName, decoded.problems), ...inFile(fileName, parsed?.problems ?? []), ...inFile(attributionName, attribution.problems)];
  const reject = async (extra: UploadProblem[] = []): Promise<UploadResult> => {
    const all = [...problems, ...extra];
    await db.articleUpload.update({ where: { id: uploadId }, data: { status: "rejected", problems: JSON.stringify(all) } });
    return { status: "rejected", uploadId, problems: all };
  };
  if (decoded.text === null || !parsed?.article || hasFormatErrors(problems) || attribution.attribution === null) return reject();

  // A title whose slug another instructor (or content/) already uses would replace their article.
  const existing = await db.article.findUnique({ where: { slug: parsed.article.slug }, select: { uploadedById: true } });
  if (existing && existing.uploadedById !== instructorId) {
    return reject([{ file: fileName, severity: "error", line: 1, column: 1, message: `an article titled "${parsed.article.title}" already exists; give yours another title` }]);
  }
  const outcome = await storeArticle(
    { fileName: `upload:${fileName}`, source: decoded.text, attribution: attribution.attribution, article: parsed.article, problems },
    { uploadedById: instructorId },
  );
  if (outcome.status === "rejected") return reject();
  const articleId = (await db.article.findUniqueOrThrow({ where: { slug: outcome.slug }, select: { id: true } })).id;
  await db.articleUpload.update({ where: { id: uploadId }, data: { status: "accepted", articleId, problems: JSON.stringify(problems) } });
  const questions = outcome.status === "unchanged" ? await db.question.count({ where: { articleId, retiredAt: null } }) : (outcome.questions?.active ?? 0);
  const assignmentsLosingQuestions = outcome.status === "unchanged" ? [] : await assignmentsMissingQuestions(articleId, now);
  return { status: "accepted", uploadId, slug: outcome.slug, title: parsed.article.title, created: outcome.status === "created", questions, problems, assignmentsLosingQuestions };
}

/**
 * Assignments not yet closed that lose questions with the article's current version:
 * - with the same questions for everyone, how many of those it no longer has: an attempt started
 *   from now on leaves them out (a question's id follows its source text, so a reworded sentence's
 *   questions are new questions);
 * - with a draw per student, about how many fewer a student's draw can now hold than the
 *   assignment asks for (a quiz asks one question per source item of its pool, sections, kinds and
 *   edits applied; quizCapacity is what most draws hold, and each student's draw has its own seed).
 */
async function assignmentsMissingQuestions(articleId: string, now: Date): Promise<LosingAssignment[]> {
  const [assignments, active, written] = await Promise.all([
    db.assignment.findMany({
      where: { articleId, OR: [{ dueAt: { gt: now } }, { lateUntil: { gt: now } }] },
      orderBy: { dueAt: "asc" },
      select: { ...assignmentSelect, class: { select: { instructorId: true } } },
    }),
    db.question.findMany({ where: { articleId, retiredAt: null }, select: { id: true } }),
    db.questionOverride.findMany({ where: { articleId, written: true }, select: { questionId: true } }),
  ]);
  const present = new Set([...active.map((row) => row.id), ...written.map((row) => row.questionId)]);
  const losing: LosingAssignment[] = [];
  for (const row of assignments) {
    const assignment = readAssignment(row);
    if (assignment.drawMode === "per-student") {
      const pool = await assignmentPool(row.class.instructorId, articleId, assignment);
      const lost = assignment.questionCount - perStudentDrawSize(assignment.questionCount, pool);
      if (lost > 0) losing.push({ assignmentId: assignment.id, title: assignment.title, drawMode: "per-student", lost, of: assignment.questionCount });
      continue;
    }
    const lost = assignment.questionIds.filter((id) => !present.has(id)).length;
    if (lost > 0) losing.push({ assignmentId: assignment.id, title: assignment.title, drawMode: "same", lost, of: assignment.questionIds.length });
  }
  return losing;
}
