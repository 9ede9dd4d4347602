import type { Metadata } from "next";
import { requireRole } from "@/server/auth/session";
import { ProgressDashboard } from "@/components/progress/progress-dashboard";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const student = await requireRole("STUDENT", { returnTo: "/progress" });
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-semibold">Progress</h1>
      <ProgressDashboard userId={student.id} />
    </>
  );
}
