import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/reader/article-view";
import { getReaderArticle } from "@/server/content/data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getReaderArticle((await params).slug);
  return { title: article?.title ?? "Article not found" };
}

export default async function ReaderPage({ params }: Props) {
  const article = await getReaderArticle((await params).slug);
  if (!article) notFound();
  return <ArticleView article={article.model} attribution={article.attribution} />;
}
