import Link from "next/link";

const features = [
  {
    title: "Questions from the article's own structure",
    body: "Infobox facts, timelines and prose become multiple-choice, typed, ordering and matching questions. Nothing is invented: every question cites the sentence it came from.",
  },
  {
    title: "Every answer explained with its source",
    body: "After each answer you see the source text with the answer marked, and a link into the reader at that exact sentence.",
  },
  {
    title: "Review that remembers for you",
    body: "Flashcards are scheduled with FSRS, the algorithm behind modern spaced repetition, so you review each fact just before you would forget it.",
  },
  {
    title: "Quizzes an instructor can trust",
    body: "Classes, assigned quizzes with attempt and time limits enforced on the server, a gradebook and item statistics for every question.",
  },
];

export default function LandingPage() {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 dark:border-slate-800">
        <nav aria-label="Main" className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="font-serif text-xl font-semibold">
            Footnote
          </Link>
          <div className="flex items-center gap-2 text-sm">
            <Link href="/read" className="rounded px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">
              Articles
            </Link>
            <Link href="/sign-in" className="rounded px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">
              Sign in
            </Link>
            <Link
              href="/sign-up"
              className="rounded bg-accent-600 px-3 py-2 font-medium text-white hover:bg-accent-700"
            >
              Create an account
            </Link>
          </div>
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-12 sm:py-20">
        <h1 className="max-w-3xl font-serif text-4xl font-semibold leading-tight sm:text-5xl">
          Learn an article, not a deck of guesses.
        </h1>
        <p className="mt-6 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          Footnote turns encyclopedia articles into quizzes and flashcards, schedules your reviews, tracks
          your progress, and explains every answer with the exact source text it came from.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/sign-up" className="rounded bg-accent-600 px-5 py-3 font-medium text-white hover:bg-accent-700">
            Start studying
          </Link>
          <Link
            href="/read"
            className="rounded border border-slate-300 px-5 py-3 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Read the articles
          </Link>
        </div>
        <ul className="mt-16 grid gap-6 sm:grid-cols-2">
          {features.map((feature) => (
            <li key={feature.title} className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
              <h2 className="text-lg font-semibold">{feature.title}</h2>
              <p className="mt-2 text-slate-700 dark:text-slate-300">{feature.body}</p>
            </li>
          ))}
        </ul>
      </main>
      <footer className="border-t border-slate-200 px-4 py-6 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        Article text is adapted from Wikipedia and licensed CC BY-SA 4.0. Footnote&apos;s code is MIT-licensed.
      </footer>
    </div>
  );
}
