import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getTaughtClass, listClassesTaughtBy, listEnrolledClasses } from "@/server/classes/data";
import { TeachError } from "@/server/classes/errors";
import { createClass, joinClassByCode, regenerateJoinCode, removeStudent } from "@/server/classes/mutations";
import { createTestUser } from "../factories/users";
import { createTeachFixture } from "../factories/teach";
import { waitForWritableDatabase } from "../factories/study";

// Classes: join codes, rosters, removing a student, and every call with someone else's ids.

beforeAll(() => waitForWritableDatabase(), 120_000);

const notFound = { name: "TeachError", kind: "not-found" };

describe("classes", () => {
  it("creates a class with an 8-character join code that students join with", async () => {
    const [instructor, student] = await Promise.all([createTestUser({ role: "INSTRUCTOR" }), createTestUser({ name: "Amina" })]);
    const created = await createClass(instructor.id, { name: "Sahel history" });
    expect(created.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const joined = await joinClassByCode(student.id, created.joinCode);
    expect(joined).toEqual({ classId: created.id, className: "Sahel history", alreadyEnrolled: false });
    expect(await joinClassByCode(student.id, created.joinCode)).toMatchObject({ alreadyEnrolled: true });
    const detail = await getTaughtClass(instructor.id, created.id);
    expect(detail.roster.map((entry) => entry.name)).toEqual(["Amina"]);
    expect(await listClassesTaughtBy(instructor.id)).toEqual([{ id: created.id, name: "Sahel history", joinCode: created.joinCode, rosterCount: 1, assignmentCount: 0 }]);
    expect((await listEnrolledClasses(student.id)).map((entry) => entry.name)).toEqual(["Sahel history"]);
  });

  it("regenerates the join code: the old one stops working, enrolled students stay", async () => {
    const fixture = await createTeachFixture({ students: 1 });
    const newcomer = await createTestUser();
    const fresh = await regenerateJoinCode(fixture.instructor.id, fixture.classId);
    expect(fresh).not.toBe(fixture.joinCode);
    await expect(joinClassByCode(newcomer.id, fixture.joinCode)).rejects.toMatchObject({ kind: "invalid", fieldErrors: { code: [expect.stringContaining("No class has this code")] } });
    await expect(joinClassByCode(newcomer.id, fresh)).resolves.toMatchObject({ alreadyEnrolled: false });
    expect((await getTaughtClass(fixture.instructor.id, fixture.classId)).roster).toHaveLength(2);
  });

  it("removes a student from the roster", async () => {
    const fixture = await createTeachFixture({ students: 2 });
    await removeStudent(fixture.instructor.id, fixture.classId, fixture.students[0]!.id);
    const roster = (await getTaughtClass(fixture.instructor.id, fixture.classId)).roster.map((entry) => entry.userId);
    expect(roster).toEqual([fixture.students[1]!.id]);
    expect(await listEnrolledClasses(fixture.students[0]!.id)).toEqual([]);
  });

  it("gives another instructor (or a student) nothing: not found for every call with this class's id", async () => {
    const fixture = await createTeachFixture({ students: 1 });
    const other = await createTestUser({ role: "INSTRUCTOR" });
    for (const outsider of [other.id, fixture.students[0]!.id]) {
      await expect(getTaughtClass(outsider, fixture.classId)).rejects.toMatchObject(notFound);
      await expect(regenerateJoinCode(outsider, fixture.classId)).rejects.toMatchObject(notFound);
      await expect(removeStudent(outsider, fixture.classId, fixture.students[0]!.id)).rejects.toMatchObject(notFound);
    }
    const stored = await db.class.findUniqueOrThrow({ where: { id: fixture.classId }, select: { joinCode: true, _count: { select: { enrollments: true } } } });
    expect(stored).toEqual({ joinCode: fixture.joinCode, _count: { enrollments: 1 } });
    expect(await listClassesTaughtBy(other.id)).toEqual([]);
  });

  it("does not let an instructor join their own class", async () => {
    const fixture = await createTeachFixture({ students: 0 });
    const error = await joinClassByCode(fixture.instructor.id, fixture.joinCode).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TeachError);
    expect((error as TeachError).fieldErrors.code).toEqual(["This is a class you teach."]);
  });
});
