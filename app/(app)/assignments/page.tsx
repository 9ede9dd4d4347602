import type { Metadata } from "next";
import { requireRole } from "@/server/auth/session";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Assignments" };

export default async function AssignmentsPage() {
  await requireRole("INSTRUCTOR", { returnTo: "/assignments" });
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">Assignments</h1>
      <div className="mt-6">
        <EmptyState title="No assignments yet">
          Footnote cannot assign quizzes to a class yet, so there is nothing to show here.
        </EmptyState>
      </div>
    </>
  );
}
