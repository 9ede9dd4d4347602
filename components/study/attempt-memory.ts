import type { AnswerReceipt, AnswerResult, AttemptSummary } from "@/lib/study/results";

// What this tab has learnt about its quiz attempts since the document loaded: the answers' results,
// the question on screen and the summary. Back and forward navigation re-renders the quiz page from
// the router's cached payload (the props from before any answer), so the runner merges this in on
// mount. Module state lives as long as the document: a reload starts empty and reads the server.
// Written only from the browser's event handlers, never while rendering on the server.

export type AttemptMemory = {
  results: Record<string, AnswerResult>;
  withheld: string[];
  /** The question last on screen, if this tab moved on from the first open one. */
  index: number | null;
  summary: AttemptSummary | null;
};

const memories = new Map<string, AttemptMemory>();

function memoryOf(attemptId: string): AttemptMemory {
  let memory = memories.get(attemptId);
  if (!memory) {
    memory = { results: {}, withheld: [], index: null, summary: null };
    memories.set(attemptId, memory);
  }
  return memory;
}

export function recalledAttempt(attemptId: string): AttemptMemory | undefined {
  return typeof window === "undefined" ? undefined : memories.get(attemptId);
}

export function rememberAnswer(attemptId: string, questionId: string, answer: AnswerResult | AnswerReceipt): void {
  const memory = memoryOf(attemptId);
  if ("withheld" in answer) {
    if (!memory.withheld.includes(questionId)) memory.withheld.push(questionId);
  } else {
    memory.results[questionId] = answer;
  }
}

export function rememberIndex(attemptId: string, index: number): void {
  memoryOf(attemptId).index = index;
}

export function rememberSummary(attemptId: string, summary: AttemptSummary): void {
  memoryOf(attemptId).summary = summary;
}
