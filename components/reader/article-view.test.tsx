import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/parse-article";
import { ArticleView } from "./article-view";

/** The reader's HTML for an article given as lines of the content format. */
function renderArticle(lines: string[]): string {
  const { article, problems } = parseArticle(lines.join("\n"));
  if (!article) throw new Error(`the example does not parse: ${JSON.stringify(problems)}`);
  return renderToStaticMarkup(<ArticleView article={article} attribution="Written for this test." />);
}

/** The text a reader sees, tags removed. */
const visibleText = (html: string) => html.replace(/<[^>]*>/g, "");

describe("the reader's infobox", () => {
  const html = renderArticle([
    "= Example Group =",
    "",
    "Example Group",
    "- Native Name: تنظيم المثال",
    "- Native Name Lang: ar",
    "- Active: –present",
    "- Founded: 1998",
    "",
    "Example Group is an example.",
  ]);

  it("shows the native name in its language instead of a row for the language", () => {
    expect(visibleText(html)).not.toContain("Native Name Lang");
    expect(html).toContain('<span lang="ar" dir="auto">تنظيم المثال</span>');
  });

  it("does not print a range with a dangling en dash", () => {
    expect(visibleText(html)).not.toContain("–present");
    expect(visibleText(html)).toContain("ongoing (start date not given)");
  });
});
