// An article with a small, known question bank, for the study tests. Each call makes a new article
// (unique slug, unique question ids), so tests never see each other's data.
import { randomUUID } from "node:crypto";
import type { Article } from "@/lib/content/types";
import { questionSchema, type Question } from "@/lib/questions/schema";
import { db } from "@/server/db";

const SENTENCES = [
  { key: "founding", section: "lead", text: "The Lake Empire was founded by Sundiata Keita in 1235." },
  { key: "capital", section: "history", text: "Its capital was Niani on the upper Niger." },
  { key: "pilgrimage", section: "history", text: "Mansa Musa made his pilgrimage to Mecca in 1324." },
  { key: "decline", section: "legacy", text: "The empire declined after raids by the Songhai." },
  // The items of the ordering and matching questions: sentences of their own, as in a generated
  // bank, so that a quiz can ask them beside the questions above (no two about one source item, and
  // none showing another's answer: an ordering naming Sundiata Keita would give the cloze away).
  { key: "court", section: "legacy", text: "The first royal court met at Kangaba in the founding years." },
  { key: "caravan", section: "legacy", text: "The royal caravan later crossed the desert to the holy cities." },
  { key: "raids", section: "legacy", text: "Northern towns were burned in the last raids." },
  { key: "griots", section: "legacy", text: "The griots still sing of the founder." },
  { key: "gold", section: "legacy", text: "The pilgrim king gave away so much gold that its price fell in Cairo." },
  { key: "gao", section: "legacy", text: "The raiders came from Gao on the river." },
] as const;

export type StudyFixture = {
  articleId: string;
  slug: string;
  title: string;
  /** Questions by role in the tests. `cloze` and `typed` test the same fact. */
  questions: {
    cloze: Question;
    typed: Question;
    date: Question;
    trueFalse: Question;
    order: Question;
    matching: Question;
    flashcard: Question;
  };
};

function questionId(): string {
  return `q_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
}

export async function createStudyArticle(): Promise<StudyFixture> {
  const unique = randomUUID().slice(0, 8);
  const slug = `study-empire-${unique}`;
  const title = `Study Empire ${unique}`;
  let offset = title.length + 6;
  const sentences = SENTENCES.map((sentence, index) => {
    const start = offset;
    offset += sentence.text.length + 2;
    return { id: `s-${unique}-${index}`, sectionId: sentence.section, text: sentence.text, start, end: start + sentence.text.length, kind: "prose" as const, block: index };
  });
  const byKey = (key: (typeof SENTENCES)[number]["key"]) => sentences[SENTENCES.findIndex((sentence) => sentence.key === key)]!;
  const [founding, capital, pilgrimage, decline] = [byKey("founding"), byKey("capital"), byKey("pilgrimage"), byKey("decline")];
  const model: Article = {
    title,
    slug,
    infobox: [],
    sections: [
      { id: "lead", title, level: 1, path: [], parentId: null, start: 0, end: offset },
      { id: "history", title: "History", level: 2, path: ["History"], parentId: "lead", start: capital.start - 12, end: decline.start - 12 },
      { id: "legacy", title: "Legacy", level: 2, path: ["Legacy"], parentId: "lead", start: decline.start - 11, end: offset },
    ],
    sentences,
    timeline: [],
  };
  const source = (sentence: typeof founding, answer: string, sectionPath: string[]) => {
    const at = sentence.text.indexOf(answer);
    return { articleSlug: slug, sectionPath, refId: sentence.id, text: sentence.text, start: sentence.start + at, end: sentence.start + at + answer.length };
  };
  const explain = (sentence: typeof founding, answer: string) => {
    const at = sentence.text.indexOf(answer);
    const parts = [
      { text: sentence.text.slice(0, at), answer: false },
      { text: answer, answer: true },
      { text: sentence.text.slice(at + answer.length), answer: false },
    ].filter((part) => part.text.length > 0);
    return { parts, notes: [] as string[] };
  };
  const base = { accepted: [] as string[], score: 0.9 };
  const questions = {
    cloze: {
      ...base,
      id: questionId(),
      kind: "cloze",
      prompt: "The Lake Empire was founded by ____ in 1235.",
      answer: "Sundiata Keita",
      choices: ["Sundiata Keita", "Mansa Musa", "Sonni Ali", "Askia Muhammad"],
      typeable: true,
      source: source(founding, "Sundiata Keita", []),
      explanation: explain(founding, "Sundiata Keita"),
    },
    typed: {
      ...base,
      // Below the cloze of the same sentence, so that a quiz asks the cloze (one question per sentence).
      score: 0.8,
      id: questionId(),
      kind: "infobox-fact",
      prompt: "Who founded the Lake Empire?",
      answer: "Sundiata Keita",
      accepted: ["Sundiata"],
      typeable: true,
      source: source(founding, "Sundiata Keita", []),
      explanation: explain(founding, "Sundiata Keita"),
    },
    date: {
      ...base,
      id: questionId(),
      kind: "timeline-date",
      prompt: "In which year did Mansa Musa make his pilgrimage to Mecca?",
      answer: "1324",
      choices: ["1324", "1235", "1352", "1400"],
      typeable: true,
      source: source(pilgrimage, "1324", ["History"]),
      explanation: explain(pilgrimage, "1324"),
    },
    trueFalse: {
      ...base,
      id: questionId(),
      kind: "true-false",
      prompt: "True or false: the capital of the Lake Empire was Timbuktu.",
      answer: "False",
      choices: ["True", "False"],
      typeable: false,
      source: source(capital, "Niani", ["History"]),
      explanation: explain(capital, "Niani"),
    },
    order: {
      ...base,
      id: questionId(),
      kind: "timeline-order",
      prompt: "Put these events in order, earliest first.",
      answer: ["The court meets at Kangaba", "The caravan crosses the desert", "The northern towns burn"],
      choices: ["The northern towns burn", "The court meets at Kangaba", "The caravan crosses the desert"],
      typeable: false,
      source: source(founding, "1235", []),
      evidence: [byKey("court"), byKey("caravan"), byKey("raids")].map((item) => source(item, item.text, [])),
      explanation: explain(founding, "1235"),
    },
    matching: {
      ...base,
      id: questionId(),
      kind: "matching",
      prompt: "Match each of them to what the article says they did.",
      answer: [
        ["the griots", "sing of the founder"],
        ["the pilgrim king", "gave away gold"],
        ["the raiders", "came from Gao"],
      ],
      choices: ["gave away gold", "came from Gao", "sing of the founder"],
      typeable: false,
      source: source(pilgrimage, "Mansa Musa", ["History"]),
      evidence: [byKey("griots"), byKey("gold"), byKey("gao")].map((item) => source(item, item.text, ["History"])),
      explanation: explain(pilgrimage, "Mansa Musa"),
    },
    flashcard: {
      ...base,
      id: questionId(),
      kind: "flashcard",
      prompt: "What did the Songhai do to the Lake Empire?",
      answer: "Raided it",
      typeable: false,
      source: source(decline, "raids by the Songhai", ["Legacy"]),
      explanation: explain(decline, "raids by the Songhai"),
    },
  };
  const parsed = Object.fromEntries(Object.entries(questions).map(([role, question]) => [role, questionSchema.parse(question)])) as StudyFixture["questions"];
  const article = await db.article.create({
    data: { slug, title, contentHash: unique, sourceText: sentences.map((sentence) => sentence.text).join("\n\n"), model: JSON.stringify(model), fileName: `${slug}.txt`, attribution: "Written for the Footnote tests." },
    select: { id: true },
  });
  await db.question.createMany({
    data: Object.values(parsed).map((question) => ({ id: question.id, articleId: article.id, kind: question.kind, data: JSON.stringify(question) })),
  });
  return { articleId: article.id, slug, title, questions: parsed };
}

/**
 * Waits until the database accepts a write. The integration global setup migrates SQLite through the
 * wasm schema engine, whose connection keeps the file's write lock for a while after it returns;
 * without this wait, the first tests of a run fail with Prisma's "Operation has timed out".
 */
export async function waitForWritableDatabase(timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await db.user.deleteMany({ where: { id: "__no-such-user__" } });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
