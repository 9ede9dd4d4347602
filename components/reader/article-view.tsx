import Link from "next/link";
import type { Article, InfoboxField, Sentence } from "@/lib/content/types";
import { infoboxRows, nativeNameLanguage } from "@/lib/content/infobox-display";
import { MISSING_QUOTATION } from "@/lib/content/parse-article";
import { splitScriptRuns } from "@/lib/content/script-runs";
import { withoutStrayDateFullStops } from "@/lib/content/split-sentences";
import { layoutArticle, type ReaderBlock } from "./reader-layout";

/** Text with each run in a non-Latin script isolated, and labelled with the native-name language when it is in that language's script. */
function ScriptRuns({ text, nativeLanguage }: { text: string; nativeLanguage: string | undefined }) {
  return splitScriptRuns(text, nativeLanguage).map((run, index) =>
    run.script ? (
      <span key={index} lang={run.lang} dir={run.dir}>
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}

function SentenceSpan({ sentence, from = 0, nativeLanguage }: { sentence: Sentence; from?: number; nativeLanguage: string | undefined }) {
  const text = withoutStrayDateFullStops(sentence.text.slice(from));
  return (
    <span
      id={sentence.id}
      data-sentence
      className="rounded-sm transition-colors target:bg-amber-200 target:text-slate-950 target:outline target:outline-2 target:outline-amber-500 dark:target:bg-amber-300"
      title={sentence.damaged ? `Damaged text: ${sentence.damaged}` : undefined}
    >
      <ScriptRuns text={text} nativeLanguage={nativeLanguage} />
    </span>
  );
}

function Sentences({ sentences, bodyStart, nativeLanguage }: { sentences: Sentence[]; bodyStart?: number; nativeLanguage: string | undefined }) {
  return (
    <>
      {sentences.map((sentence, index) => (
        <span key={sentence.id}>
          {index > 0 ? " " : null}
          <SentenceSpan
            sentence={sentence}
            from={bodyStart === undefined ? 0 : Math.max(0, bodyStart - sentence.start)}
            nativeLanguage={nativeLanguage}
          />
        </span>
      ))}
    </>
  );
}

/** Stands where the source lost the quotation a sentence introduces ("Omar Ould Hamaha said:"). */
function MissingQuotation() {
  return (
    <p role="note" className="border-l-4 border-slate-300 pl-4 font-sans text-base italic text-slate-600 dark:border-slate-700 dark:text-slate-400">
      The quotation is missing from the source of this article.
    </p>
  );
}

function Block({ block, nativeLanguage }: { block: ReaderBlock; nativeLanguage: string | undefined }) {
  if (block.kind === "paragraph") {
    return (
      <p className="leading-relaxed">
        <Sentences sentences={block.sentences} nativeLanguage={nativeLanguage} />
      </p>
    );
  }
  if (block.kind === "quotation") {
    return (
      <blockquote className="border-l-4 border-slate-300 pl-4 leading-relaxed dark:border-slate-700">
        <p>
          <Sentences sentences={block.sentences} nativeLanguage={nativeLanguage} />
        </p>
      </blockquote>
    );
  }
  if (block.kind === "missing-quotation") return <MissingQuotation />;
  if (block.kind === "list") {
    return (
      <ul className="list-disc space-y-1 pl-6">
        {block.items.map((item) => (
          <li key={item[0]?.id}>
            <Sentences sentences={item} nativeLanguage={nativeLanguage} />
            {item.at(-1)?.damaged === MISSING_QUOTATION ? <MissingQuotation /> : null}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ol className="relative space-y-5 border-l-2 border-slate-300 pl-6 dark:border-slate-700">
      {block.events.map(({ event, sentences }) => (
        <li
          key={event.id}
          id={event.id}
          className="relative rounded-sm transition-colors target:bg-amber-100 target:outline target:outline-2 target:outline-offset-4 target:outline-amber-500 dark:target:bg-amber-950"
        >
          <span aria-hidden className="absolute -left-[33px] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-accent-600 dark:border-slate-950" />
          <p className="text-sm font-semibold text-accent-700 dark:text-accent-300">{event.dateText}</p>
          <p className="leading-relaxed">
            <Sentences sentences={sentences} bodyStart={event.bodyStart} nativeLanguage={nativeLanguage} />
          </p>
          {sentences.at(-1)?.damaged === MISSING_QUOTATION ? <MissingQuotation /> : null}
        </li>
      ))}
    </ol>
  );
}

function Infobox({ fields, title, nativeLanguage }: { fields: InfoboxField[]; title: string; nativeLanguage: string | undefined }) {
  const rows = infoboxRows(fields);
  if (rows.length === 0) return null;
  return (
    <aside className="mb-8 w-full overflow-x-auto rounded-lg border border-slate-200 text-sm md:float-right md:mb-4 md:ml-6 md:w-80 dark:border-slate-800">
      <table className="w-full">
        <caption className="bg-slate-100 px-3 py-2 text-left font-semibold dark:bg-slate-900">{title}</caption>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.key}-${row.line}`} className="border-t border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="w-1/3 px-3 py-2 text-left font-medium">
                {row.key}
              </th>
              <td className="px-3 py-2">
                <ul>
                  {row.values.map((value) => (
                    <li key={value.start} style={{ paddingLeft: `${value.depth * 0.75}rem` }}>
                      <span lang={value.lang} dir={value.lang ? "auto" : undefined} title={value.damaged ? `Damaged text: ${value.damaged}` : undefined}>
                        {value.lang ? value.text : <ScriptRuns text={value.text} nativeLanguage={nativeLanguage} />}
                      </span>
                      {value.periodText ? <span className="text-slate-600 dark:text-slate-400"> ({value.periodText})</span> : null}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}

export function ArticleView({ article, attribution }: { article: Article; attribution: string }) {
  const sections = layoutArticle(article);
  const nativeLanguage = nativeNameLanguage(article.infobox);
  const contents = sections.filter(({ section }) => section.level > 1);
  return (
    <article className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold sm:text-4xl">{article.title}</h1>
      {contents.length > 0 ? (
        <nav aria-label="Contents" className="my-6 rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
          <h2 className="font-semibold">Contents</h2>
          <ol className="mt-2 space-y-1">
            {contents.map(({ section }) => (
              <li key={section.id} style={{ paddingLeft: `${(section.level - 2) * 1}rem` }}>
                <a href={`#${section.id}`} className="text-accent-700 underline-offset-2 hover:underline dark:text-accent-300">
                  {section.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <Infobox fields={article.infobox} title={article.title} nativeLanguage={nativeLanguage} />
      <div className="space-y-4 font-serif text-lg">
        {sections.map(({ section, blocks }) => {
          const Heading = section.level === 2 ? "h2" : "h3";
          return (
            <section key={section.id} aria-labelledby={section.level > 1 ? section.id : undefined} className="space-y-4">
              {section.level > 1 ? (
                <Heading id={section.id} className={`font-sans font-semibold ${section.level === 2 ? "mt-8 flow-root border-b border-slate-200 pb-1 text-2xl dark:border-slate-800" : "mt-6 text-xl"}`}>
                  <a href={`#${section.id}`} className="hover:underline">
                    {section.title}
                  </a>
                </Heading>
              ) : null}
              {blocks.map((block, index) => (
                <Block key={index} block={block} nativeLanguage={nativeLanguage} />
              ))}
            </section>
          );
        })}
      </div>
      <footer className="clear-both mt-12 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        <p>{attribution || "No attribution was supplied with this article."}</p>
        <p className="mt-2">
          <Link href="/read" className="underline">
            All articles
          </Link>
        </p>
      </footer>
    </article>
  );
}
