import type { GradebookRow } from "@/lib/teach/gradebook";
import { ITEM_FLAG_LABELS } from "@/lib/teach/item-analysis";
import { formatDateTime, formatMinutes, formatPercent } from "@/lib/teach/format";
import { KIND_LABELS } from "@/lib/study/kind-labels";
import type { ItemReport } from "@/server/gradebook/data";

const STATUS_LABELS: Record<GradebookRow["status"], string> = { "not-started": "Not started", "in-progress": "In progress", submitted: "Submitted" };
const cell = "py-2 pr-4 align-top";

export function GradebookTable({ rows, attemptsAllowed, timeZone }: { rows: GradebookRow[]; attemptsAllowed: number; timeZone: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left" data-testid="gradebook">
        <caption className="sr-only">Grades by student</caption>
        <thead className="border-b border-slate-300 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          <tr>
            <th scope="col" className={cell}>Student</th>
            <th scope="col" className={cell}>Score</th>
            <th scope="col" className={cell}>Attempts</th>
            <th scope="col" className={cell}>Time taken</th>
            <th scope="col" className={cell}>Submitted</th>
            <th scope="col" className={cell}>Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.userId}>
              <th scope="row" className={`${cell} font-medium`}>
                {row.name}
                <span className="block text-sm font-normal text-slate-600 dark:text-slate-400">{row.email}</span>
              </th>
              <td className={cell}>{row.graded ? `${row.graded.correct} of ${row.graded.total} (${formatPercent(row.graded.score)})` : "–"}</td>
              <td className={cell}>
                {row.attemptsUsed} of {attemptsAllowed}
              </td>
              <td className={cell}>{row.graded ? formatMinutes(row.graded.timeTakenMs) : "–"}</td>
              <td className={cell}>
                {row.graded ? formatDateTime(row.graded.submittedAt, timeZone) : "–"}
                {row.graded?.late ? <strong className="ml-2 rounded bg-amber-200 px-1.5 text-sm text-slate-950">Late</strong> : null}
              </td>
              <td className={cell}>{STATUS_LABELS[row.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ItemAnalysisTable({ items }: { items: ItemReport[] }) {
  return (
    <ol className="space-y-4" data-testid="item-analysis">
      {items.map((item, index) => (
        <li key={item.questionId} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Question {index + 1} · {KIND_LABELS[item.kind]}
          </p>
          <p className="font-medium">{item.prompt}</p>
          <p className="text-sm">Answer: {item.correctAnswer}</p>
          <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Facility</dt>
              <dd className="font-semibold">{formatPercent(item.facility)} right</dd>
            </div>
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Discrimination</dt>
              <dd className="font-semibold">{item.discrimination === null ? "–" : item.discrimination.toFixed(2)}</dd>
            </div>
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Answered by</dt>
              <dd className="font-semibold">
                {item.seen - item.unanswered} of {item.seen}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Flags</dt>
              <dd className="font-semibold">{item.flags.length > 0 ? item.flags.map((flag) => ITEM_FLAG_LABELS[flag]).join(", ") : "None"}</dd>
            </div>
          </dl>
          {item.choices.length > 0 ? (
            <table className="mt-3 text-sm">
              <caption className="sr-only">How often each choice was picked</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-4 text-left font-medium">Choice</th>
                  <th scope="col" className="text-left font-medium">Picked</th>
                </tr>
              </thead>
              <tbody>
                {item.choices.map((choice) => (
                  <tr key={choice.choice}>
                    <td className="pr-4">
                      {choice.choice}
                      {choice.correct ? <span className="ml-1 font-semibold">(right)</span> : null}
                    </td>
                    <td>{choice.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
