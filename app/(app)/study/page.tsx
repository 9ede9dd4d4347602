import type { Metadata } from "next";
import { requireRole } from "@/server/auth/session";
import { StudyArticleList } from "@/components/study/study-article-list";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage() {
  const student = await requireRole("STUDENT", { returnTo: "/study" });
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">Study</h1>
      <p className="mt-2 mb-6 text-slate-700 dark:text-slate-300">Choose an article to quiz yourself on or to review its flashcards.</p>
      <StudyArticleList userId={student.id} />
    </>
  );
}
