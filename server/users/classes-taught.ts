import "server-only";
import { db } from "@/server/db";

export type TaughtClass = { id: string; name: string; joinCode: string; rosterCount: number };

// Lives with users until there is a server/classes module; it should move there then.
export async function listClassesTaughtBy(instructorId: string): Promise<TaughtClass[]> {
  const rows = await db.class.findMany({
    where: { instructorId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, joinCode: true, _count: { select: { enrollments: true } } },
  });
  return rows.map((row) => ({ id: row.id, name: row.name, joinCode: row.joinCode, rosterCount: row._count.enrollments }));
}
