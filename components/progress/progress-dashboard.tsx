import Link from "next/link";
import type { ReactNode } from "react";
import { formatDayKey, formatStudyTime } from "@/lib/study/study-day";
import { formatPercent } from "@/lib/study/progress";
import { getProgress } from "@/server/study/data";
import { AccuracyChart, DueChart, MasteryChart } from "./lazy-charts";

function DataTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: (string | number)[][] }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300">Show the data as a table</summary>
      <table className="mt-2 w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            {headers.map((header) => (
              <th key={header} scope="col" className="py-1 pr-4 font-semibold">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index} className="border-b border-slate-200 dark:border-slate-800">
              {row.map((cell, cellIndex) => (cellIndex === 0 ? <th key={cellIndex} scope="row" className="py-1 pr-4 font-normal">{cell}</th> : <td key={cellIndex} className="py-1 pr-4">{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** A student's progress: mount it in a page that has checked the user (it reads only their rows). */
export async function ProgressDashboard({ userId, now = new Date() }: { userId: string; now?: Date }) {
  const progress = await getProgress(userId, now);
  const answeredDays = progress.accuracy.filter((day) => day.answered > 0);
  const accuracyData = progress.accuracy.map((day) => ({ label: formatDayKey(day.day), percent: day.accuracy === null ? null : Math.round(day.accuracy * 100) }));
  const dueData = progress.dueForecast.map((day, index) => ({ label: index === 0 ? "Today" : formatDayKey(day.day), due: day.due }));
  const overall = progress.totals.answered > 0 ? formatPercent(progress.totals.correct / progress.totals.answered) : "–";
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {[
          ["Study streak", `${progress.streak.days} day${progress.streak.days === 1 ? "" : "s"}`],
          ["Quiz accuracy", overall],
          ["Questions answered", String(progress.totals.answered)],
          ["Reviews due in 7 days", String(progress.dueForecast.reduce((sum, day) => sum + day.due, 0))],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="text-2xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      {!progress.streak.studiedToday && progress.streak.days > 0 ? <p>Study today to keep your streak going.</p> : null}

      <Panel id="accuracy-heading" title="Accuracy over the last 30 days">
        {answeredDays.length === 0 ? (
          <p>No quiz answers in the last 30 days.</p>
        ) : (
          <figure>
            <figcaption className="sr-only">Line chart of the share of quiz answers that were right, per day; the same data is in the table below.</figcaption>
            <AccuracyChart data={accuracyData} />
            <DataTable caption="Quiz accuracy per day" headers={["Day", "Answered", "Right", "Accuracy"]} rows={answeredDays.map((day) => [formatDayKey(day.day), day.answered, day.correct, formatPercent(day.accuracy ?? 0)])} />
          </figure>
        )}
      </Panel>

      <Panel id="due-heading" title="Reviews due in the next 7 days">
        <figure>
          <figcaption className="sr-only">Bar chart of flashcard reviews due each day; today includes overdue cards. The same data is in the table below.</figcaption>
          <DueChart data={dueData} />
          <DataTable caption="Reviews due per day" headers={["Day", "Reviews due"]} rows={dueData.map((day) => [day.label, day.due])} />
        </figure>
      </Panel>

      <Panel id="mastery-heading" title="Mastery by section">
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
          Mastery is the average predicted chance of recalling each fact of a section today (facts never studied count as 0%).
        </p>
        {progress.mastery.length === 0 ? (
          <p>Take a quiz or review flashcards to see your mastery here.</p>
        ) : (
          <div className="space-y-6">
            {progress.mastery.map((entry) => (
              <figure key={entry.article.slug}>
                <figcaption className="font-medium">
                  <Link href={`/study/${entry.article.slug}`} className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
                    {entry.article.title}
                  </Link>
                </figcaption>
                <MasteryChart title={`Mastery by section of ${entry.article.title}`} data={entry.sections.map((section) => ({ section: section.section, percent: Math.round(section.mastery * 100) }))} />
                <DataTable
                  caption={`Mastery by section of ${entry.article.title}`}
                  headers={["Section", "Mastery", "Facts studied"]}
                  rows={entry.sections.map((section) => [section.section, formatPercent(section.mastery), `${section.studied} of ${section.facts}`])}
                />
              </figure>
            ))}
          </div>
        )}
      </Panel>

      <Panel id="recent-heading" title="Recent quizzes">
        {progress.recentAttempts.length === 0 ? (
          <p>No quizzes yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {progress.recentAttempts.map((attempt) => (
              <li key={attempt.attemptId} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <Link href={`/quiz/${attempt.attemptId}`} className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
                  {attempt.article.title}
                </Link>
                <span>
                  {attempt.finishedAt ? `${attempt.correct} of ${attempt.total} right` : `In progress: ${attempt.answered} of ${attempt.total} answered`} ·{" "}
                  {formatStudyTime(new Date(attempt.startedAt), progress.timeZone)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <p className="text-sm">
        <Link href="/settings" className="underline underline-offset-2">
          Study settings
        </Link>{" "}
        (desired retention, new cards per day, time zone)
      </p>
    </div>
  );
}
