import { describe, expect, it } from "vitest";
import { buildGradebook } from "./gradebook";
import { instantToLocalDateTime, localDateTimeToInstant } from "./local-time";
import { applyQuestionEdit, buildWrittenQuestion } from "./question-edit";
import { assignmentWindow, attemptDeadline, isLate, isPastDeadline, reviewVisible } from "./schedule";
import { assignmentFormSchema, questionEditSchema, writtenQuestionSchema } from "./schema";
import { sampleQuestions } from "./sample-questions.test-support";

const at = (iso: string) => new Date(iso);
const times = { opensAt: at("2026-03-01T09:00:00Z"), dueAt: at("2026-03-08T09:00:00Z"), lateUntil: null, timeLimitMinutes: 30 };

describe("schedule rules (clock passed in)", () => {
  it("opens, falls due, and closes; a late window keeps it open after the due date", () => {
    expect(assignmentWindow(times, at("2026-02-28T09:00:00Z"))).toBe("upcoming");
    expect(assignmentWindow(times, at("2026-03-05T09:00:00Z"))).toBe("open");
    expect(assignmentWindow(times, at("2026-03-08T09:00:00Z"))).toBe("closed");
    const withLate = { ...times, lateUntil: at("2026-03-09T09:00:00Z") };
    expect(assignmentWindow(withLate, at("2026-03-08T10:00:00Z"))).toBe("late");
    expect(assignmentWindow(withLate, at("2026-03-09T09:00:00Z"))).toBe("closed");
  });

  it("ends an attempt at the time limit, but never after the assignment closes", () => {
    expect(attemptDeadline(times, at("2026-03-05T09:00:00Z"))).toEqual(at("2026-03-05T09:30:00Z"));
    expect(attemptDeadline(times, at("2026-03-08T08:50:00Z"))).toEqual(at("2026-03-08T09:00:00Z"));
    expect(attemptDeadline({ ...times, timeLimitMinutes: null }, at("2026-03-05T09:00:00Z"))).toEqual(times.dueAt);
  });

  it("refuses an answer at or after the deadline", () => {
    const deadline = at("2026-03-05T09:30:00Z");
    expect(isPastDeadline(deadline, at("2026-03-05T09:29:59.999Z"))).toBe(false);
    expect(isPastDeadline(deadline, deadline)).toBe(true);
    expect(isPastDeadline(null, at("2030-01-01T00:00:00Z"))).toBe(false);
  });

  it("shows answers after each question, after submitting, or only once the assignment has closed", () => {
    const now = at("2026-03-05T10:00:00Z");
    expect(reviewVisible("each-question", { finished: false }, times, now)).toBe(true);
    expect(reviewVisible("submission", { finished: false }, times, now)).toBe(false);
    expect(reviewVisible("submission", { finished: true }, times, now)).toBe(true);
    expect(reviewVisible("due-date", { finished: true }, times, now)).toBe(false);
    expect(reviewVisible("due-date", { finished: true }, times, times.dueAt)).toBe(true);
    expect(reviewVisible("due-date", { finished: true }, { ...times, lateUntil: at("2026-03-09T09:00:00Z") }, times.dueAt)).toBe(false);
  });

  it("marks a submission after the due date late", () => {
    expect(isLate(at("2026-03-08T09:00:01Z"), times.dueAt)).toBe(true);
    expect(isLate(times.dueAt, times.dueAt)).toBe(false);
  });
});

describe("local date-times", () => {
  it("reads a wall-clock time in the given zone, across daylight saving", () => {
    expect(localDateTimeToInstant("2026-03-10T09:30", "Europe/Paris")).toEqual(at("2026-03-10T08:30:00Z"));
    expect(localDateTimeToInstant("2026-07-10T09:30", "Europe/Paris")).toEqual(at("2026-07-10T07:30:00Z"));
    expect(localDateTimeToInstant("2026-03-10T09:30", "UTC")).toEqual(at("2026-03-10T09:30:00Z"));
    expect(localDateTimeToInstant("2026-02-31T09:30", "UTC")).toBeNull();
    expect(instantToLocalDateTime(at("2026-07-10T07:30:00Z"), "Europe/Paris")).toBe("2026-07-10T09:30");
  });
});

describe("assignment form schema", () => {
  const valid = {
    classId: "c1", title: "Week 1", articleSlug: "lake-empire", questionCount: "10", opensAt: "2026-03-01T09:00", dueAt: "2026-03-08T09:00",
    timeZone: "Europe/Paris", timeLimitMinutes: "", attemptsAllowed: "2", drawMode: "same", reviewAfter: "submission",
  };

  it("converts the dates in the instructor's zone and reads an empty time limit as none", () => {
    const parsed = assignmentFormSchema.parse(valid);
    expect(parsed.opensAt).toEqual(at("2026-03-01T08:00:00Z"));
    expect(parsed).toMatchObject({ timeLimitMinutes: null, lateUntil: null, questionCount: 10, attemptsAllowed: 2 });
  });

  it("names the field and what was expected", () => {
    const result = assignmentFormSchema.safeParse({ ...valid, dueAt: "2026-02-01T09:00", attemptsAllowed: "0", timeLimitMinutes: "abc" });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
    expect(fields.attemptsAllowed).toBe("At least 1 attempt");
    expect(fields.timeLimitMinutes).toMatch(/minutes/);
    // The dates are compared in the same submission, not only once every other field is valid.
    expect(fields.dueAt).toBe("The due date must be after the opening date");
    const dates = assignmentFormSchema.safeParse({ ...valid, dueAt: "2026-02-01T09:00" });
    expect(dates.error?.issues[0]).toMatchObject({ path: ["dueAt"], message: "The due date must be after the opening date" });
  });

  it("does not compare dates while one of them or the time zone is invalid, and names each bad one", () => {
    const badZone = assignmentFormSchema.safeParse({ ...valid, dueAt: "2026-02-01T09:00", timeZone: "Mars/Olympus", title: "" });
    expect(badZone.error?.issues.map((issue) => issue.path.join("."))).toEqual(["title", "timeZone"]);
    // Without a known zone the calendar is still checked.
    const badZoneUnreal = assignmentFormSchema.safeParse({ ...valid, dueAt: "2026-02-31T09:00", timeZone: "Mars/Olympus" });
    expect(badZoneUnreal.error?.issues.map((issue) => issue.path.join("."))).toEqual(["timeZone", "dueAt"]);
    // A time the zone's clocks skip (Paris goes from 02:00 to 03:00 on 28 March 2027) is not taken as another.
    const skipped = assignmentFormSchema.safeParse({ ...valid, opensAt: "2027-03-28T02:30", dueAt: "2027-04-01T09:00" });
    expect(skipped.error?.issues).toEqual([expect.objectContaining({ path: ["opensAt"], message: expect.stringContaining("does not exist in Europe/Paris") })]);
    expect(assignmentFormSchema.safeParse({ ...valid, opensAt: "2026-03-01T10:60" }).error?.issues[0]).toMatchObject({ path: ["opensAt"], message: expect.stringContaining("Not a real date") });
    const unreal = assignmentFormSchema.safeParse({ ...valid, opensAt: "2026-02-31T09:00", lateUntil: "2026-03-08T08:00", title: "" });
    const fields = Object.fromEntries((unreal.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
    expect(fields).toEqual({
      title: "Enter a title",
      opensAt: "Not a real date; expected e.g. 2026-03-10 09:30",
      lateUntil: "Late attempts must end after the due date (or leave this empty)",
    });
  });
});

describe("question edits", () => {
  const cloze = sampleQuestions[0]!;

  it("changes the prompt and choices, keeping the answer among them", () => {
    const edited = applyQuestionEdit(cloze, { prompt: "Who founded it?", choices: ["Sundiata Keita", "Sumanguru"], answer: "Sundiata Keita" });
    expect(edited).toMatchObject({ ok: true, question: { prompt: "Who founded it?", choices: ["Sundiata Keita", "Sumanguru"], answer: "Sundiata Keita", id: cloze.id } });
  });

  it("explains a changed answer: marked in the source where it says so, its typed variants and the note calling it wrong dropped", () => {
    const sourced = {
      ...cloze,
      accepted: ["Keita"],
      explanation: {
        parts: [
          { text: "The Lake Empire was founded by ", answer: false },
          { text: "Sundiata Keita", answer: true },
          { text: " in 1235, after Sumanguru fell.", answer: false },
        ],
        notes: ["Sumanguru was the king Sundiata Keita defeated.", "Sonni Ali ruled Songhai."],
      },
    };
    const changed = applyQuestionEdit(sourced, { prompt: "Who fell?", answer: "Sumanguru", choices: ["Sundiata Keita", "Sumanguru", "Sonni Ali"] });
    expect(changed).toMatchObject({
      ok: true,
      question: {
        answer: "Sumanguru",
        accepted: [],
        explanation: {
          parts: [
            { text: "The Lake Empire was founded by Sundiata Keita in 1235, after ", answer: false },
            { text: "Sumanguru", answer: true },
            { text: " fell.", answer: false },
          ],
          notes: ["Sonni Ali ruled Songhai."],
        },
      },
    });
    const unsourced = applyQuestionEdit(sourced, { prompt: "Who founded it?", answer: "Sonni Ali", choices: ["Sundiata Keita", "Sonni Ali"] });
    expect(unsourced.ok && unsourced.question.explanation).toEqual({
      parts: [{ text: "The Lake Empire was founded by Sundiata Keita in 1235, after Sumanguru fell.", answer: false }],
      notes: ["Your instructor set this answer; the source quoted above does not state it.", "Sumanguru was the king Sundiata Keita defeated."],
    });
    // The answer unchanged: the generated explanation and variants stay.
    expect(applyQuestionEdit(sourced, { prompt: "Who founded the Lake Empire?" })).toMatchObject({ ok: true, question: { accepted: ["Keita"], explanation: sourced.explanation } });
  });

  it("refuses choices without the right answer, saying which field", () => {
    expect(applyQuestionEdit(cloze, { prompt: "x", choices: ["A", "B"] })).toEqual({ ok: false, errors: { answer: ['The right answer must be one of the choices; "Sundiata Keita" is not'] } });
  });

  it("builds a written question citing a sentence, marking the answer in it", () => {
    const article = {
      slug: "lake-empire",
      sections: [{ id: "lead", title: "Lake Empire", level: 1, path: [], parentId: null, start: 0, end: 200 }],
      sentences: [{ id: "s-1", sectionId: "lead", text: "Its capital was Niani on the upper Niger.", start: 40, end: 81, kind: "prose" as const }],
    };
    const written = buildWrittenQuestion({ articleSlug: "lake-empire", sentenceId: "s-1", prompt: "What was its capital?", answer: "Niani", wrongChoices: ["Gao", "Timbuktu"] }, article, "q_written000001");
    expect(written).toMatchObject({ ok: true, question: { kind: "cloze", choices: ["Niani", "Gao", "Timbuktu"], source: { refId: "s-1", start: 56, end: 61 } } });
    const trueFalse = buildWrittenQuestion({ articleSlug: "lake-empire", sentenceId: "s-1", prompt: "The capital was Niani.", answer: "true", wrongChoices: [] }, article, "q_written000002");
    expect(trueFalse).toMatchObject({ ok: true, question: { kind: "true-false", answer: "True" } });
    expect(buildWrittenQuestion({ articleSlug: "lake-empire", sentenceId: "s-9", prompt: "x", answer: "y", wrongChoices: [] }, article, "q_written000003")).toMatchObject({ ok: false, errors: { sentenceId: [expect.any(String)] } });
  });
});

describe("gradebook rows", () => {
  const roster = [
    { userId: "a", name: "Amina", email: "a@x" },
    { userId: "b", name: "Ben", email: "b@x" },
    { userId: "c", name: "Cy", email: "c@x" },
  ];
  const now = at("2026-03-09T12:00:00Z");
  const attempt = (userId: string, attemptNumber: number, correct: number, finishedAt: string | null, deadlineAt: string | null = null) => ({
    id: `${userId}${attemptNumber}`, userId, attemptNumber, correct, total: 4, startedAt: at("2026-03-07T09:00:00Z"), finishedAt: finishedAt ? at(finishedAt) : null, deadlineAt: deadlineAt ? at(deadlineAt) : null,
  });

  it("grades the best submitted attempt with its time and late flag; an overdue attempt counts as submitted at its deadline", () => {
    const rows = buildGradebook(roster, [attempt("a", 1, 2, "2026-03-07T09:10:00Z"), attempt("a", 2, 4, "2026-03-08T10:00:00Z"), attempt("b", 1, 1, null, "2026-03-07T09:30:00Z")], times.dueAt, now);
    expect(rows[0]).toMatchObject({ status: "submitted", attemptsUsed: 2, graded: { attemptId: "a2", score: 1, late: true, timeTakenMs: 25 * 3600_000 } });
    expect(rows[1]).toMatchObject({ status: "submitted", graded: { correct: 1, timeTakenMs: 30 * 60_000, late: false } });
    expect(rows[2]).toMatchObject({ status: "not-started", attemptsUsed: 0, graded: null });
  });
});

describe("question forms show every message in one submission", () => {
  const fieldsOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

  it("a written question: the wrong choices are checked while another field is wrong", () => {
    const result = writtenQuestionSchema.safeParse({ articleSlug: "lake-empire", sentenceId: "", prompt: "", answer: "Mansa Musa", wrongChoices: ["Mansa Musa", "Sundiata", "Sundiata"] });
    expect(fieldsOf(result)).toEqual({ sentenceId: "Choose the sentence the question cites", prompt: "Enter the question", wrongChoices: "A wrong choice repeats the right answer" });
    const repeated = writtenQuestionSchema.safeParse({ articleSlug: "lake-empire", sentenceId: "s-1", prompt: "", answer: "Mansa Musa", wrongChoices: ["Sundiata", "sundiata"] });
    expect(fieldsOf(repeated)).toEqual({ prompt: "Enter the question", wrongChoices: "Each wrong choice must be different" });
  });

  it("an edit: repeated choices and an answer that is not one of them, with an empty prompt", () => {
    const result = questionEditSchema.safeParse({ questionId: "q_0123456789abcd", prompt: " ", choices: ["Alpha", "Beta", "alpha"], answer: "Gamma" });
    expect(fieldsOf(result)).toEqual({ prompt: "Enter the question", choices: "Each choice must be different", answer: "The right answer must be one of the choices" });
    expect(questionEditSchema.safeParse({ questionId: "q_0123456789abcd", prompt: "Who?", choices: ["Alpha", "Beta"], answer: "Beta" }).success).toBe(true);
  });
});
