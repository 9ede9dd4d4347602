import "server-only";
import crypto from "node:crypto";
import { db } from "./db";
import { hashPassword } from "./auth/password";

export const DEMO_ACCOUNTS = [
  { role: "INSTRUCTOR", name: "Dana Instructor", email: "instructor@footnote.test", password: "footnote-instructor-demo" },
  { role: "STUDENT", name: "Amina Student", email: "amina@footnote.test", password: "footnote-student-demo" },
  { role: "STUDENT", name: "Ben Student", email: "ben@footnote.test", password: "footnote-student-demo" },
] as const;

export const DEMO_CLASS_NAME = "History of the Maghreb and Sahel";

export type DemoSeedResult = { created: false } | { created: true; joinCode: string };

/** Creates the demo accounts and class, only on a database that has no users yet. */
export async function seedDemoAccounts(): Promise<DemoSeedResult> {
  if ((await db.user.count()) > 0) return { created: false };
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((account) => hashPassword(account.password)));
  const joinCode = crypto.randomBytes(4).toString("hex").toUpperCase();
  await db.$transaction(async (tx) => {
    const users = [];
    for (const [index, account] of DEMO_ACCOUNTS.entries()) {
      users.push(
        await tx.user.create({
          data: { email: account.email, name: account.name, role: account.role, passwordHash: hashes[index] ?? "" },
        }),
      );
    }
    const instructor = users.find((user) => user.role === "INSTRUCTOR");
    if (!instructor) throw new Error("demo seed: no instructor account defined");
    await tx.class.create({
      data: {
        name: DEMO_CLASS_NAME,
        joinCode,
        instructorId: instructor.id,
        enrollments: { create: users.filter((user) => user.role === "STUDENT").map((user) => ({ userId: user.id })) },
      },
    });
  });
  return { created: true, joinCode };
}
