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

describe("the reader's infobox ranges that lost an end", () => {
  const html = renderArticle([
    "= Example Group =",
    "",
    "Example Group",
    "- Allies: Ansaru (–2017), Ansar Dine (2012–), Al-Mourabitoun (–present)",
    "- Dates: c. 1998–",
    "- Era: –1590s",
    "- Period: 1430s–",
    "",
    "Example Group is an example.",
  ]);

  it("says them in words, in a value's period as in a whole value", () => {
    const text = visibleText(html);
    expect(text).toContain("Ansaru (until 2017)");
    expect(text).toContain("Ansar Dine (from 2012)");
    expect(text).toContain("Al-Mourabitoun (ongoing)");
    expect(text).toContain("from c. 1998 (end date not given)");
    expect(text).toContain("until 1590s (start date not given)");
    expect(text).toContain("from 1430s (end date not given)");
    expect(text).not.toMatch(/[(\s]–|–[)\s]|–$/m);
  });
});

describe("the reader's quotations", () => {
  it("shows the paragraph a sentence ending in a colon introduces as a block quotation", () => {
    const html = renderArticle([
      "= Example =",
      "",
      "Example is an example. A commander said:",
      "",
      "“We will not stop.” He spoke in 2012.",
      "",
      "Later events followed.",
    ]);
    const quotations = [...html.matchAll(/<blockquote[^>]*>(.*?)<\/blockquote>/g)].map((match) => visibleText(match[1] ?? ""));
    expect(quotations).toEqual(["“We will not stop.” He spoke in 2012."]);
  });

  it("says that a quotation is missing instead of leaving “said:” hanging", () => {
    const html = renderArticle([
      "= Example =",
      "",
      "It is reported that ransoms pay for most of it. Omar Ould Hamaha said:",
      "",
      "In December 2012, a commander split off.",
      "",
      "==Views==",
      "- One leader told reporters:",
      "- Another declined to comment.",
    ]);
    const text = visibleText(html);
    expect(text).toContain("Omar Ould Hamaha said:The quotation is missing from the source of this article.In December 2012");
    expect(text).toContain("One leader told reporters:The quotation is missing from the source of this article.");
    expect(text).not.toContain("Another declined to comment.The quotation is missing");
  });

  it("says so in a timeline entry too", () => {
    const html = renderArticle(["= Example =", "", "==Timeline==", "- 3 March 2014: The group attacked Gao. The leader said:", "- 4 April 2014: Talks began."]);
    expect(visibleText(html)).toContain("The leader said:The quotation is missing from the source of this article.");
  });
});

describe("the reader's dates", () => {
  it("shows a date without the stray full stop the source has inside it", () => {
    const html = renderArticle([
      "= Example =",
      "",
      "==Timeline==",
      "- 9 December 2011: Photos were published. Serge Lazarevic was released on 9 December. 2013.",
    ]);
    expect(visibleText(html)).toContain("Serge Lazarevic was released on 9 December 2013.");
    expect(visibleText(html)).not.toContain("December. 2013");
  });
});

describe("the reader's text in other scripts", () => {
  it("gives Arabic in the prose the native name's language and isolates it right to left", () => {
    const html = renderArticle([
      "= Example Group =",
      "",
      "Example Group",
      "- Native Name Lang: ar",
      "",
      "Example Group (تنظيم المثال, le Groupe Exemple) is an example.",
    ]);
    expect(html).toContain('(<span lang="ar" dir="rtl">تنظيم المثال</span>, le Groupe Exemple)');
  });
});
