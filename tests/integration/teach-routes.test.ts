import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { handleStartAttempt } from "@/server/assignments/api";
import { TeachError } from "@/server/classes/errors";
import { gradebookDownload, questionSetDownload } from "@/server/gradebook/api";
import { handleArticleUpload } from "@/server/uploads/api";
import { createTestUser } from "../factories/users";
import { createTeachFixture, createTestAssignment, minutesAfter, T0, type TeachFixture } from "../factories/teach";
import { waitForWritableDatabase } from "../factories/study";

// What the teach routes do once the session is known (the route files add only the session, the
// role and the Origin check): downloads, the upload form and starting an attempt, each tried with
// another user's ids.

beforeAll(() => waitForWritableDatabase(), 120_000);

let fixture: TeachFixture;
let assignmentId: string;
const now = minutesAfter(T0, 30);

beforeAll(async () => {
  fixture = await createTeachFixture({ students: 1 });
  assignmentId = (await createTestAssignment(fixture)).id;
}, 60_000);

const query = (text: string) => new URLSearchParams(text);

function uploadRequest(fields: Record<string, string | Blob>): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return new Request("http://localhost/api/classes/articles", { method: "POST", body: form });
}

describe("GET /api/assignments/{id}/gradebook and /export", () => {
  it("downloads CSV and each export format as attachments", async () => {
    const csv = await gradebookDownload(fixture.instructor.id, assignmentId, query("part=students"), now);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="week-1-quiz-students\.csv"/);
    for (const [format, type] of [["gift", "text/plain"], ["moodle-xml", "application/xml"], ["anki", "text/plain"]] as const) {
      const response = await questionSetDownload(fixture.instructor.id, assignmentId, query(`format=${format}`));
      expect(response.headers.get("content-type")).toContain(type);
      expect(await response.text()).toContain("Written for the Footnote tests.");
    }
  });

  it("names the parameter and the values expected for a bad query", async () => {
    await expect(questionSetDownload(fixture.instructor.id, assignmentId, query("format=pdf"))).rejects.toMatchObject({ kind: "invalid", fieldErrors: { format: ["Expected format=gift, format=moodle-xml, format=anki"] } });
    await expect(gradebookDownload(fixture.instructor.id, assignmentId, query("part=all"), now)).rejects.toMatchObject({ kind: "invalid", fieldErrors: { part: [expect.stringContaining("part=students")] } });
  });

  it("is not found for another instructor, a student of the class and a made-up id", async () => {
    const other = await createTestUser({ role: "INSTRUCTOR" });
    for (const [userId, id] of [[other.id, assignmentId], [fixture.students[0]!.id, assignmentId], [fixture.instructor.id, "no-such-assignment"]] as const) {
      await expect(gradebookDownload(userId, id, query(""), now)).rejects.toMatchObject({ kind: "not-found" });
      await expect(questionSetDownload(userId, id, query("format=gift"))).rejects.toMatchObject({ kind: "not-found" });
    }
  });
});

describe("POST /api/assignments/{id}/attempts", () => {
  it("starts (201) then resumes (200) for an enrolled student, and is not found for anyone else", async () => {
    const student = fixture.students[0]!;
    const first = await handleStartAttempt(student.id, assignmentId, now);
    expect(first.status).toBe(201);
    const second = await handleStartAttempt(student.id, assignmentId, now);
    expect(second.status).toBe(200);
    expect((await second.json()).attemptId).toBe((await first.json()).attemptId);
    const outsider = await createTestUser();
    await expect(handleStartAttempt(outsider.id, assignmentId, now)).rejects.toBeInstanceOf(TeachError);
    expect(await db.quizAttempt.count({ where: { assignmentId, userId: outsider.id } })).toBe(0);
  });
});

describe("POST /api/classes/articles", () => {
  it("answers 422 with line and column for format errors, and 415 for a body that is not a form", async () => {
    const instructor = await createTestUser({ role: "INSTRUCTOR" });
    const response = await handleArticleUpload(instructor.id, uploadRequest({ file: new File(["no title here\n"], "x.txt"), attribution: "Mine." }), now);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { status: string; problems: { line: number; column: number; severity: string }[] };
    expect(body.status).toBe("rejected");
    expect(body.problems).toContainEqual(expect.objectContaining({ line: 1, column: 1, severity: "error" }));
    const json = await handleArticleUpload(instructor.id, new Request("http://localhost/api/classes/articles", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }), now);
    expect(json.status).toBe(415);
  });

  it("names the missing field", async () => {
    const instructor = await createTestUser({ role: "INSTRUCTOR" });
    await expect(handleArticleUpload(instructor.id, uploadRequest({ attribution: "Mine." }), now)).rejects.toMatchObject({ fieldErrors: { file: [expect.stringContaining("Choose an article file")] } });
    await expect(handleArticleUpload(instructor.id, uploadRequest({ file: new File(["= T =\n"], "t.txt"), attribution: "" }), now)).rejects.toMatchObject({ fieldErrors: { attribution: [expect.stringContaining("Enter the attribution")] } });
  });

  it("refuses a body over 5 MB while reading it", async () => {
    const instructor = await createTestUser({ role: "INSTRUCTOR" });
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 70 * 1024)], "big.txt");
    await expect(handleArticleUpload(instructor.id, uploadRequest({ file: big, attribution: "Mine." }), now)).rejects.toMatchObject({ kind: "invalid", message: expect.stringContaining("over 5 MB") });
    expect(await db.articleUpload.count({ where: { uploaderId: instructor.id } })).toBe(0);
  });
});
