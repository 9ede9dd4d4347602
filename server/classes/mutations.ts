import "server-only";
import crypto from "node:crypto";
import { isUniqueViolation } from "../study/errors";
import { db } from "../db";
import { invalidField, notFound, TeachError } from "./errors";

// Writes for classes. Each takes the acting user's id and checks it against the class.

/** A-Z and 2-9 without the look-alikes 0/O and 1/I: easy to read out in a classroom. */
const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

export function generateJoinCode(): string {
  const bytes = crypto.randomBytes(JOIN_CODE_LENGTH);
  return Array.from(bytes, (byte) => JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length]).join("");
}

/** Retries on the (unlikely) collision of a random code with another class's: the unique index decides. */
async function withFreshCode<T>(write: (joinCode: string) => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await write(generateJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || tries >= 5) throw error;
    }
  }
}

export async function createClass(instructorId: string, input: { name: string }): Promise<{ id: string; joinCode: string }> {
  return withFreshCode((joinCode) => db.class.create({ data: { name: input.name, joinCode, instructorId }, select: { id: true, joinCode: true } }));
}

/** A new join code; the old one stops working at once. Students already enrolled stay enrolled. */
export async function regenerateJoinCode(instructorId: string, classId: string): Promise<string> {
  const updated = await withFreshCode(async (joinCode) => {
    const result = await db.class.updateMany({ where: { id: classId, instructorId }, data: { joinCode } });
    return result.count === 1 ? joinCode : null;
  });
  if (updated === null) throw notFound("Class");
  return updated;
}

export type JoinResult = { classId: string; className: string; alreadyEnrolled: boolean };

/** Enrols a student by join code. Joining twice is not an error; an instructor cannot join their own class. */
export async function joinClassByCode(userId: string, code: string): Promise<JoinResult> {
  const found = await db.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true, instructorId: true } });
  if (!found) throw invalidField("code", "No class has this code. Check it with your instructor; codes change when an instructor makes a new one.");
  if (found.instructorId === userId) throw invalidField("code", "This is a class you teach.");
  try {
    await db.enrollment.create({ data: { classId: found.id, userId } });
    return { classId: found.id, className: found.name, alreadyEnrolled: false };
  } catch (error) {
    if (isUniqueViolation(error)) return { classId: found.id, className: found.name, alreadyEnrolled: true };
    throw error;
  }
}

/** Removes a student from a class the instructor teaches. Their attempts are kept, but leave the gradebook. */
export async function removeStudent(instructorId: string, classId: string, studentId: string): Promise<void> {
  const owned = await db.class.count({ where: { id: classId, instructorId } });
  if (owned === 0) throw notFound("Class");
  const removed = await db.enrollment.deleteMany({ where: { classId, userId: studentId } });
  if (removed.count === 0) throw new TeachError("not-found", "That student is not in this class");
}
