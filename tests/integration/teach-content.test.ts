import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { findTeachableArticle } from "@/server/classes/articles";
import { createAssignment } from "@/server/assignments/mutations";
import { assignmentQuestionSet, questionsAskedNow } from "@/server/assignments/question-set";
import { quizCapacity } from "@/lib/study/draw-quiz";
import { assignableQuestions, instructorQuestionBank } from "@/server/question-edits/data";
import { revertQuestionEdit, saveQuestionEdit, setQuestionRetired, writeQuestion } from "@/server/question-edits/mutations";
import { MAX_UPLOADS_PER_HOUR, uploadArticle } from "@/server/uploads/mutations";
import { createTestUser, type TestUser } from "../factories/users";
import { assignmentInput, createTeachFixture, minutesAfter, T0 } from "../factories/teach";
import { waitForWritableDatabase } from "../factories/study";

// Instructor content: uploads checked like `npm run content -- check` and rate-limited in the
// database; question edits kept apart from the bank (so a re-sync keeps them); retired and
// written questions in assignments; and none of it reaching another instructor.

beforeAll(() => waitForWritableDatabase(), 120_000);

const ATTRIBUTION = "Adapted from a test article. Licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).";
const maliSource = fs.readFileSync(new URL("../fixtures/content/mali-empire.txt", import.meta.url), "utf8");

/** The Mali Empire fixture under a unique title, so runs and files never share its slug. */
function uniqueArticle(extra = ""): { title: string; bytes: Uint8Array } {
  const title = `Mali Empire ${randomUUID().slice(0, 8)}`;
  const text = maliSource.replace("= Mali Empire =", `= ${title} =`).replace(/^Mali Empire$/m, title) + extra;
  return { title, bytes: new TextEncoder().encode(text) };
}

const encode = (text: string) => new TextEncoder().encode(text);

describe("article uploads", () => {
  let instructor: TestUser;
  beforeAll(async () => {
    instructor = await createTestUser({ role: "INSTRUCTOR" });
  });

  it("stores a valid article with its questions, teachable by the uploader only", async () => {
    const { title, bytes } = uniqueArticle();
    const result = await uploadArticle(instructor.id, { fileName: "mali.txt", bytes, attribution: ATTRIBUTION }, T0);
    expect(result).toMatchObject({ status: "accepted", title, created: true });
    if (result.status !== "accepted") return;
    expect(result.questions).toBeGreaterThan(5);
    const stored = await db.article.findUniqueOrThrow({ where: { slug: result.slug }, select: { uploadedById: true, attribution: true } });
    expect(stored).toEqual({ uploadedById: instructor.id, attribution: ATTRIBUTION });
    expect(await findTeachableArticle(instructor.id, result.slug)).not.toBeNull();
    const other = await createTestUser({ role: "INSTRUCTOR" });
    expect(await findTeachableArticle(other.id, result.slug)).toBeNull();
  });

  it("rejects a file with format errors, reporting line and column, and stores nothing", async () => {
    const title = `Broken ${randomUUID().slice(0, 8)}`;
    const result = await uploadArticle(instructor.id, { fileName: "broken.txt", bytes: encode(`= ${title} =\n\nA lead paragraph.\n\n==History\nText.\n`), attribution: ATTRIBUTION }, T0);
    expect(result.status).toBe("rejected");
    expect(result.problems).toContainEqual(expect.objectContaining({ file: "broken.txt", severity: "error", line: 5, column: 10, message: expect.stringContaining("heading is not closed") }));
    expect(await db.article.count({ where: { title } })).toBe(0);
    const row = await db.articleUpload.findUniqueOrThrow({ where: { id: result.uploadId } });
    expect(row).toMatchObject({ status: "rejected", articleId: null });
  });

  it("rejects invalid UTF-8 at the bad byte, and a missing or two-line attribution", async () => {
    const bad = await uploadArticle(instructor.id, { fileName: "latin1.txt", bytes: new Uint8Array([...encode("= Caf"), 0xe9, ...encode(" =\n")]), attribution: ATTRIBUTION }, T0);
    expect(bad.problems[0]).toMatchObject({ line: 1, column: 6, message: expect.stringContaining("invalid UTF-8") });
    const { bytes } = uniqueArticle();
    const twoLines = await uploadArticle(instructor.id, { fileName: "mali.txt", bytes, attribution: "Line one\nLine two" }, T0);
    expect(twoLines.status).toBe("rejected");
    expect(twoLines.problems).toContainEqual(expect.objectContaining({ file: "mali.attribution", severity: "error", message: expect.stringContaining("more than one line") }));
  });

  it("refuses a file over 5 MB before reading it", async () => {
    await expect(uploadArticle(instructor.id, { fileName: "big.txt", bytes: new Uint8Array(5 * 1024 * 1024 + 1), attribution: ATTRIBUTION }, T0)).rejects.toMatchObject({ kind: "invalid", message: expect.stringContaining("at most 5 MB") });
  });

  it("never replaces another instructor's or the shared content's article", async () => {
    const { bytes } = uniqueArticle();
    const first = await uploadArticle(instructor.id, { fileName: "mali.txt", bytes, attribution: ATTRIBUTION }, T0);
    const rival = await createTestUser({ role: "INSTRUCTOR" });
    const second = await uploadArticle(rival.id, { fileName: "mali.txt", bytes, attribution: "Someone else's text." }, T0);
    expect(second.status).toBe("rejected");
    expect(second.problems).toContainEqual(expect.objectContaining({ severity: "error", line: 1, column: 1, message: expect.stringContaining("already exists") }));
    if (first.status !== "accepted") throw new Error("first upload should be accepted");
    expect((await db.article.findUniqueOrThrow({ where: { slug: first.slug } })).attribution).toBe(ATTRIBUTION);
  });

  it("says which open assignments lose drawn questions when a new version rewords their sentences", async () => {
    const fixture = await createTeachFixture({ students: 0 });
    const { title, bytes } = uniqueArticle();
    const first = await uploadArticle(fixture.instructor.id, { fileName: "mali.txt", bytes, attribution: ATTRIBUTION }, T0);
    if (first.status !== "accepted") throw new Error("the first upload should be accepted");
    expect(first.assignmentsLosingQuestions).toEqual([]);
    const assignment = await createAssignment(fixture.instructor.id, assignmentInput(fixture, { articleSlug: first.slug, title: "Mali week", questionCount: 50 }));
    const set = await assignmentQuestionSet(fixture.instructor.id, assignment.id);
    const text = new TextDecoder().decode(bytes);
    const drawn = set.questions.find((question) => question.source.refId.startsWith("s-") && text.split(question.source.text).length === 2);
    if (!drawn) throw new Error("no drawn question cites a prose sentence found once in the file");
    const reworded = text.replace(drawn.source.text, drawn.source.text.replace(/\.$/, ", it is said."));
    const second = await uploadArticle(fixture.instructor.id, { fileName: "mali.txt", bytes: encode(reworded), attribution: ATTRIBUTION }, minutesAfter(T0, 1));
    // Lost: the drawn questions the new bank no longer has (the one citing the reworded sentence, and
    // any ordering or matching that quoted it).
    const stillThere = new Set((await db.question.findMany({ where: { article: { slug: first.slug }, retiredAt: null }, select: { id: true } })).map((row) => row.id));
    const lost = set.questions.filter((question) => !stillThere.has(question.id)).length;
    expect(set.questions.some((question) => question.id === drawn.id && !stillThere.has(question.id))).toBe(true);
    expect(second).toMatchObject({ status: "accepted", title, assignmentsLosingQuestions: [{ assignmentId: assignment.id, title: "Mali week", drawMode: "same", lost, of: set.questions.length }] });
    // The assignment's page counts what an attempt started now gets.
    expect(questionsAskedNow(await assignmentQuestionSet(fixture.instructor.id, assignment.id))).toBe(set.questions.length - lost);
    // The same file again changes nothing, and says nothing.
    const third = await uploadArticle(fixture.instructor.id, { fileName: "mali.txt", bytes: encode(reworded), attribution: ATTRIBUTION }, minutesAfter(T0, 2));
    expect(third).toMatchObject({ status: "accepted", assignmentsLosingQuestions: [] });
  });

  it("says which open assignments with a draw per student can no longer hold the questions they ask for", async () => {
    const fixture = await createTeachFixture({ students: 0 });
    const { bytes } = uniqueArticle();
    const first = await uploadArticle(fixture.instructor.id, { fileName: "mali.txt", bytes, attribution: ATTRIBUTION }, T0);
    if (first.status !== "accepted") throw new Error("the first upload should be accepted");
    // Asking for 50 stores what the pool can hold, so the draw is as large as the pool allows.
    const full = await createAssignment(fixture.instructor.id, assignmentInput(fixture, { articleSlug: first.slug, title: "Whole pool", drawMode: "per-student", questionCount: 50 }));
    const small = await createAssignment(fixture.instructor.id, assignmentInput(fixture, { articleSlug: first.slug, title: "Two questions", drawMode: "per-student", questionCount: 2 }));
    const before = await assignmentQuestionSet(fixture.instructor.id, full.id);
    const capacityBefore = quizCapacity(before.questions);
    expect(full.questionCount).toBe(capacityBefore);
    // The new version leaves out every sentence that the pool's prose questions cite once in the file.
    let text = new TextDecoder().decode(bytes);
    for (const question of before.questions) {
      if (question.source.refId.startsWith("s-") && text.split(question.source.text).length === 2) text = text.replace(question.source.text, "");
    }
    const second = await uploadArticle(fixture.instructor.id, { fileName: "mali.txt", bytes: encode(text), attribution: ATTRIBUTION }, minutesAfter(T0, 1));
    const capacityAfter = quizCapacity((await assignmentQuestionSet(fixture.instructor.id, full.id)).questions);
    expect(capacityAfter).toBeLessThan(capacityBefore);
    expect(capacityAfter).toBeGreaterThanOrEqual(2);
    // Only the assignment that now gets fewer than it asks for is named.
    expect(second).toMatchObject({
      status: "accepted",
      assignmentsLosingQuestions: [{ assignmentId: full.id, title: "Whole pool", drawMode: "per-student", lost: capacityBefore - capacityAfter, of: capacityBefore }],
    });
    expect(small.questionCount).toBe(2);
    expect(questionsAskedNow(await assignmentQuestionSet(fixture.instructor.id, full.id))).toBe(capacityAfter);
    expect(questionsAskedNow(await assignmentQuestionSet(fixture.instructor.id, small.id))).toBe(2);
  });

  it("allows 10 uploads an hour per instructor, also when 15 arrive at once", async () => {
    const busy = await createTestUser({ role: "INSTRUCTOR" });
    const tiny = (index: number) => ({ fileName: `t${index}.txt`, bytes: encode("not an article\n"), attribution: ATTRIBUTION });
    const outcomes = await Promise.allSettled(Array.from({ length: 15 }, (_, index) => uploadArticle(busy.id, tiny(index), T0)));
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(outcomes.length - refused.length).toBe(MAX_UPLOADS_PER_HOUR);
    for (const outcome of refused) expect((outcome as PromiseRejectedResult).reason).toMatchObject({ kind: "too-many", message: expect.stringContaining("Try again in 60 minutes") });
    expect(await db.articleUpload.count({ where: { uploaderId: busy.id } })).toBe(MAX_UPLOADS_PER_HOUR);
    // An hour after the first ones, there is room again.
    await expect(uploadArticle(busy.id, tiny(99), new Date(T0.getTime() + 60 * 60_000 + 1))).resolves.toMatchObject({ status: "rejected" });
  });
});

describe("question edits", () => {
  it("keeps an edit through a re-sync of the article, keyed by question id", async () => {
    const instructor = await createTestUser({ role: "INSTRUCTOR" });
    const { title, bytes } = uniqueArticle();
    const uploaded = await uploadArticle(instructor.id, { fileName: "mali.txt", bytes, attribution: ATTRIBUTION }, T0);
    if (uploaded.status !== "accepted") throw new Error(JSON.stringify(uploaded.problems));
    const article = (await findTeachableArticle(instructor.id, uploaded.slug))!;
    const bank = await instructorQuestionBank(instructor.id, article.id);
    const target = bank.find((entry) => entry.quizzable && "choices" in entry.question && entry.question.choices && entry.question.kind !== "true-false" && entry.question.kind !== "timeline-order" && entry.question.kind !== "matching")!;
    const answer = target.question.answer as string;
    await saveQuestionEdit(instructor.id, uploaded.slug, { questionId: target.question.id, prompt: "Edited: which one is right?", choices: [answer, "A new distractor"], answer });

    // Re-sync: the same article with a paragraph more regenerates the whole bank.
    const changed = new TextEncoder().encode(new TextDecoder().decode(bytes) + "\n==Notes==\nA new closing paragraph was added in 2026.\n");
    const resynced = await uploadArticle(instructor.id, { fileName: "mali.txt", bytes: changed, attribution: ATTRIBUTION }, T0);
    expect(resynced).toMatchObject({ status: "accepted", created: false, title });
    const generatedRow = await db.question.findUniqueOrThrow({ where: { id: target.question.id } });
    expect(JSON.parse(generatedRow.data).prompt).not.toBe("Edited: which one is right?"); // the bank itself is untouched
    const after = (await instructorQuestionBank(instructor.id, article.id)).find((entry) => entry.question.id === target.question.id)!;
    expect(after).toMatchObject({ origin: "edited", question: { prompt: "Edited: which one is right?", choices: [answer, "A new distractor"] } });

    await revertQuestionEdit(instructor.id, uploaded.slug, target.question.id);
    expect((await instructorQuestionBank(instructor.id, article.id)).find((entry) => entry.question.id === target.question.id)?.origin).toBe("generated");
  });

  it("refuses an edit whose choices leave out the right answer, naming the field", async () => {
    const fixture = await createTeachFixture({ students: 0 });
    const { cloze } = fixture.article.questions;
    await expect(saveQuestionEdit(fixture.instructor.id, fixture.article.slug, { questionId: cloze.id, prompt: "Who?", choices: ["A", "B"] })).rejects.toMatchObject({ kind: "invalid", fieldErrors: { answer: [expect.stringContaining("must be one of the choices")] } });
  });

  it("keeps retiring and editing apart: retiring is no edit, and undoing an edit leaves the question retired", async () => {
    const fixture = await createTeachFixture({ students: 0 });
    const { slug, questions, articleId } = fixture.article;
    const owner = fixture.instructor.id;
    const entryOf = async (questionId: string) => (await instructorQuestionBank(owner, articleId)).find((entry) => entry.question.id === questionId)!;
    await setQuestionRetired(owner, slug, questions.trueFalse.id, true, T0);
    expect(await entryOf(questions.trueFalse.id)).toMatchObject({ origin: "generated", retired: true });

    await saveQuestionEdit(owner, slug, { questionId: questions.date.id, prompt: "When did Mansa Musa go to Mecca?" });
    await setQuestionRetired(owner, slug, questions.date.id, true, T0);
    expect(await entryOf(questions.date.id)).toMatchObject({ origin: "edited", retired: true });
    await revertQuestionEdit(owner, slug, questions.date.id);
    expect(await entryOf(questions.date.id)).toMatchObject({ origin: "generated", retired: true, question: { prompt: questions.date.prompt } });
    expect((await assignableQuestions(owner, articleId)).map((entry) => entry.question.id)).not.toContain(questions.date.id);
    // Restoring it then leaves a plain generated question.
    await setQuestionRetired(owner, slug, questions.date.id, false, T0);
    expect(await entryOf(questions.date.id)).toMatchObject({ origin: "generated", retired: false });
  });

  it("applies edits, retirements and written questions to that instructor's assignments only", async () => {
    const fixture = await createTeachFixture({ students: 0 });
    const { slug, questions } = fixture.article;
    const owner = fixture.instructor.id;
    await saveQuestionEdit(owner, slug, { questionId: questions.date.id, prompt: "When did Mansa Musa go to Mecca?" });
    await setQuestionRetired(owner, slug, questions.trueFalse.id, true, T0);
    const sentenceId = questions.cloze.source.refId;
    const writtenId = await writeQuestion(owner, { articleSlug: slug, sentenceId, prompt: "Who founded the Lake Empire?", answer: "Sundiata Keita", wrongChoices: ["Mansa Musa", "Sonni Ali"] });

    const pool = await assignableQuestions(owner, fixture.article.articleId);
    const ids = pool.map((entry) => entry.question.id);
    expect(ids).toContain(writtenId);
    expect(ids).not.toContain(questions.trueFalse.id);
    expect(pool.find((entry) => entry.question.id === questions.date.id)?.question.prompt).toBe("When did Mansa Musa go to Mecca?");

    const assignment = await createAssignment(owner, assignmentInput(fixture, { questionCount: 50 }));
    const set = await assignmentQuestionSet(owner, assignment.id);
    // One question per sentence: the written question (score 1) is asked instead of the generated
    // cloze and typed question about the same sentence.
    expect(set.questions.map((question) => question.id).sort()).toEqual(ids.filter((id) => id !== questions.cloze.id && id !== questions.typed.id).sort());
    expect(assignment.questionCount).toBe(ids.length - 2);
    const withoutOwn = await createAssignment(owner, assignmentInput(fixture, { questionCount: 50, includeOwnQuestions: false }));
    expect((await assignmentQuestionSet(owner, withoutOwn.id)).questions.map((question) => question.id)).not.toContain(writtenId);

    // Another instructor teaching the same shared article sees the generated bank, unedited.
    const other = await createTestUser({ role: "INSTRUCTOR" });
    const theirs = await assignableQuestions(other.id, fixture.article.articleId);
    expect(theirs.map((entry) => entry.question.id)).toContain(questions.trueFalse.id);
    expect(theirs.map((entry) => entry.question.id)).not.toContain(writtenId);
    expect(theirs.find((entry) => entry.question.id === questions.date.id)?.question.prompt).toBe(questions.date.prompt);
    // ...and cannot touch the owner's written question.
    await expect(setQuestionRetired(other.id, slug, writtenId, true, T0)).rejects.toMatchObject({ kind: "not-found" });
  });
});
