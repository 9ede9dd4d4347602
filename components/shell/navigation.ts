import type { Role } from "@/lib/auth/roles";

export type NavigationItem = { href: string; label: string };

const NAVIGATION_BY_ROLE: Record<Role, readonly NavigationItem[]> = {
  STUDENT: [
    { href: "/study", label: "Study" },
    { href: "/assignments", label: "Assignments" },
    { href: "/progress", label: "Progress" },
    { href: "/settings", label: "Settings" },
  ],
  INSTRUCTOR: [
    { href: "/classes", label: "Classes" },
    { href: "/assignments", label: "Assignments" },
  ],
};

export function navigationForRole(role: Role): readonly NavigationItem[] {
  return NAVIGATION_BY_ROLE[role];
}

export const ROLE_LABELS: Record<Role, string> = { STUDENT: "Student", INSTRUCTOR: "Instructor" };
