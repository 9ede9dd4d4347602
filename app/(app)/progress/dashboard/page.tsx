import type { Metadata } from "next";
import { ProgressDashboard } from "@/components/progress/progress-dashboard";
import { requireRole } from "@/server/auth/session";

export const metadata: Metadata = { title: "Your progress" };
export const dynamic = "force-dynamic";

export default async function ProgressDashboardPage() {
  const user = await requireRole("STUDENT", { returnTo: "/progress/dashboard" });
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-semibold">Your progress</h1>
      <ProgressDashboard userId={user.id} />
    </>
  );
}
