import type { Metadata } from "next";
import { FlashcardSession } from "@/components/study/flashcard-session";
import { requireRole } from "@/server/auth/session";
import { getDueCards } from "@/server/study/data";
import { orNotFound } from "@/server/study/errors";

export const metadata: Metadata = { title: "Flashcards" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export default async function FlashcardsPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireRole("STUDENT", { returnTo: `/flashcards/${slug}` });
  const due = await orNotFound(getDueCards(user.id, slug, new Date()));
  return <FlashcardSession due={due} />;
}
