import { z } from "zod";

// The same two values as the Prisma `Role` enum; kept here so lib/ and the session type do not
// depend on the generated client.
export const roleSchema = z.enum(["STUDENT", "INSTRUCTOR"]);
export type Role = z.infer<typeof roleSchema>;

const HOME_PATH_BY_ROLE: Record<Role, string> = {
  STUDENT: "/study",
  INSTRUCTOR: "/classes",
};

/** Where a user lands after signing in when no other page was asked for. */
export function homePathForRole(role: Role): string {
  return HOME_PATH_BY_ROLE[role];
}
