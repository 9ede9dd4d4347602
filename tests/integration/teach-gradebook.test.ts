import { parse as parseGift } from "gift-pegjs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { startAssignmentAttempt } from "@/server/assignments/mutations";
import { assignmentQuestionSet } from "@/server/assignments/question-set";
import { getGradebook } from "@/server/gradebook/data";
import { exportAssignmentQuestions, gradebookCsv } from "@/server/gradebook/exports";
import { finishAttempt, recordAnswer } from "@/server/study/mutations";
import { createTestUser } from "../factories/users";
import { createTeachFixture, createTestAssignment, minutesAfter, T0, type TeachFixture } from "../factories/teach";
import { waitForWritableDatabase } from "../factories/study";

// The gradebook and item analysis an instructor reads, its CSV (formula-safe), the question-set
// exports, and that nobody but the class's instructor gets any of it.

beforeAll(() => waitForWritableDatabase(), 120_000);

let fixture: TeachFixture;
let assignmentId: string;
const due = minutesAfter(T0, 24 * 60);
const now = minutesAfter(T0, 3 * 24 * 60);

async function takeQuiz(studentIndex: number, answers: { cloze: string; date: string; trueFalse: boolean }, finishAt: Date) {
  const student = fixture.students[studentIndex]!;
  const started = await startAssignmentAttempt(student.id, assignmentId, minutesAfter(finishAt, -10));
  const { cloze, date, trueFalse } = fixture.article.questions;
  await recordAnswer(student.id, started.attemptId, { questionId: cloze.id, response: answers.cloze }, minutesAfter(finishAt, -9));
  await recordAnswer(student.id, started.attemptId, { questionId: date.id, response: answers.date }, minutesAfter(finishAt, -8));
  await recordAnswer(student.id, started.attemptId, { questionId: trueFalse.id, response: answers.trueFalse }, minutesAfter(finishAt, -7));
  await finishAttempt(student.id, started.attemptId, finishAt);
  return started.attemptId;
}

beforeAll(async () => {
  fixture = await createTeachFixture({ students: 6 });
  // A student whose name a spreadsheet would run as a formula.
  await db.user.update({ where: { id: fixture.students[5]!.id }, data: { name: '=HYPERLINK("http://evil.example","click")' } });
  assignmentId = (await createTestAssignment(fixture, { dueAt: due, lateUntil: minutesAfter(due, 24 * 60), attemptsAllowed: 2, kinds: ["cloze", "timeline-date", "true-false"] })).id;
  const onTime = minutesAfter(T0, 60);
  await takeQuiz(0, { cloze: "Sundiata Keita", date: "1324", trueFalse: false }, onTime);
  await takeQuiz(1, { cloze: "Sundiata Keita", date: "1235", trueFalse: false }, onTime);
  await takeQuiz(2, { cloze: "Sundiata Keita", date: "1235", trueFalse: true }, onTime);
  await takeQuiz(3, { cloze: "Mansa Musa", date: "1400", trueFalse: true }, onTime);
  await takeQuiz(4, { cloze: "Sundiata Keita", date: "1235", trueFalse: false }, onTime);
  // Student 4 tries again, late, and does better: the best attempt is graded, and it is late.
  await takeQuiz(4, { cloze: "Sundiata Keita", date: "1324", trueFalse: false }, minutesAfter(due, 30));
}, 120_000);

describe("gradebook", () => {
  it("has a row per student: best score, attempts, time taken and the late flag", async () => {
    const gradebook = await getGradebook(fixture.instructor.id, assignmentId, now);
    const row = (index: number) => gradebook.rows.find((entry) => entry.userId === fixture.students[index]!.id)!;
    expect(row(0)).toMatchObject({ status: "submitted", attemptsUsed: 1, graded: { correct: 3, total: 3, score: 1, late: false, timeTakenMs: 10 * 60_000 } });
    expect(row(3)).toMatchObject({ graded: { correct: 0 } });
    expect(row(4)).toMatchObject({ attemptsUsed: 2, graded: { correct: 3, late: true } });
    expect(row(5)).toMatchObject({ status: "not-started", attemptsUsed: 0, graded: null });
    expect(gradebook.submitted).toBe(5);
  });

  it("analyses each question over first attempts: facility, discrimination and how often each choice was picked", async () => {
    const { items, analysed } = await getGradebook(fixture.instructor.id, assignmentId, now);
    expect(analysed).toBe(5);
    const date = items.find((item) => item.questionId === fixture.article.questions.date.id)!;
    expect(date).toMatchObject({ seen: 5, correct: 1, facility: 0.2, flags: expect.arrayContaining(["too-hard"]) });
    expect(date.choices).toEqual([
      { choice: "1235", count: 3, correct: false },
      { choice: "1324", count: 1, correct: true },
      { choice: "1400", count: 1, correct: false },
      { choice: "1352", count: 0, correct: false },
    ]);
    const cloze = items.find((item) => item.questionId === fixture.article.questions.cloze.id)!;
    expect(cloze.facility).toBe(0.8);
    expect(cloze.discrimination).toBeGreaterThan(0.5);
    const trueFalse = items.find((item) => item.questionId === fixture.article.questions.trueFalse.id)!;
    expect(trueFalse.choices.map((choice) => [choice.choice, choice.count])).toEqual([["False", 3], ["True", 2]]);
  });

  it("exports CSV with formula-looking cells neutralised", async () => {
    const csv = await gradebookCsv(fixture.instructor.id, assignmentId, "students", now);
    expect(csv.contentType).toBe("text/csv; charset=utf-8");
    const lines = csv.body.split("\r\n");
    expect(lines[0]).toBe("Student,Email,Status,Attempts used,Attempts allowed,Score (%),Correct,Questions,Time taken (min),Submitted at (UTC),Late");
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv.body).not.toMatch(/(^|,)=HYPERLINK/m);
    const items = await gradebookCsv(fixture.instructor.id, assignmentId, "items", now);
    expect(items.body.split("\r\n")[0]).toContain("Discrimination (point-biserial)");
  });

  it("exports the question set as GIFT that an independent parser reads, with the attribution", async () => {
    const gift = await exportAssignmentQuestions(fixture.instructor.id, assignmentId, "gift");
    const parsed = parseGift(gift.body);
    const { questions } = await assignmentQuestionSet(fixture.instructor.id, assignmentId);
    expect(parsed.filter((question) => question.type !== "Category")).toHaveLength(questions.length);
    expect(gift.body).toContain("Written for the Footnote tests.");
    const xml = await exportAssignmentQuestions(fixture.instructor.id, assignmentId, "moodle-xml");
    expect(xml.body).toContain("<generalfeedback");
    const anki = await exportAssignmentQuestions(fixture.instructor.id, assignmentId, "anki");
    expect(anki.body.startsWith("#separator:tab\n#html:true\n#guid column:1")).toBe(true);
  });

  it("gives another instructor and the students nothing", async () => {
    const other = await createTestUser({ role: "INSTRUCTOR" });
    for (const outsider of [other.id, fixture.students[0]!.id]) {
      await expect(getGradebook(outsider, assignmentId, now)).rejects.toMatchObject({ kind: "not-found" });
      await expect(gradebookCsv(outsider, assignmentId, "students", now)).rejects.toMatchObject({ kind: "not-found" });
      await expect(exportAssignmentQuestions(outsider, assignmentId, "gift")).rejects.toMatchObject({ kind: "not-found" });
      await expect(assignmentQuestionSet(outsider, assignmentId)).rejects.toMatchObject({ kind: "not-found" });
    }
  });

  it("leaves a removed student out of the gradebook", async () => {
    const small = await createTeachFixture({ students: 2 });
    const assignment = await createTestAssignment(small);
    const { removeStudent } = await import("@/server/classes/mutations");
    await removeStudent(small.instructor.id, small.classId, small.students[0]!.id);
    const gradebook = await getGradebook(small.instructor.id, assignment.id, now);
    expect(gradebook.rows.map((row) => row.userId)).toEqual([small.students[1]!.id]);
  });
});
