import "server-only";
import { answerSchema, dueQuerySchema, reviewSchema, startQuizSchema } from "@/lib/study/schema";
import { getDueCards, getProgress } from "../study/data";
import { finishAttempt, recordAnswer, recordReview, startQuiz } from "../study/mutations";
import { invalidFromZod, ok, parseJsonBody, studyErrorResult, type ApiResult } from "./respond";

// The study API's handlers: the signed-in user's id, the raw body and the clock in; status and JSON
// out. Route files only add the session and the Origin check, so tests call these directly.

async function run(work: () => Promise<ApiResult>): Promise<ApiResult> {
  try {
    return await work();
  } catch (error) {
    const expected = studyErrorResult(error);
    if (expected) return expected;
    throw error;
  }
}

export function handleStartQuiz(userId: string, rawBody: string | null, now: Date): Promise<ApiResult> {
  return run(async () => {
    const body = parseJsonBody(rawBody);
    if (!body.ok) return body.result;
    const input = startQuizSchema.safeParse(body.value);
    if (!input.success) return invalidFromZod(input.error);
    return ok(await startQuiz(userId, input.data, now), 201);
  });
}

export function handleAnswer(userId: string, attemptId: string, rawBody: string | null, now: Date): Promise<ApiResult> {
  return run(async () => {
    const body = parseJsonBody(rawBody);
    if (!body.ok) return body.result;
    const input = answerSchema.safeParse(body.value);
    if (!input.success) return invalidFromZod(input.error);
    return ok(await recordAnswer(userId, attemptId, input.data, now));
  });
}

export function handleFinish(userId: string, attemptId: string, now: Date): Promise<ApiResult> {
  return run(async () => ok(await finishAttempt(userId, attemptId, now)));
}

export function handleDueCards(userId: string, searchParams: URLSearchParams, now: Date): Promise<ApiResult> {
  return run(async () => {
    const query = dueQuerySchema.safeParse({ article: searchParams.get("article") ?? undefined });
    if (!query.success) return invalidFromZod(query.error);
    return ok(await getDueCards(userId, query.data.article, now));
  });
}

export function handleReview(userId: string, questionId: string, rawBody: string | null, now: Date): Promise<ApiResult> {
  return run(async () => {
    const body = parseJsonBody(rawBody);
    if (!body.ok) return body.result;
    const input = reviewSchema.safeParse(body.value);
    if (!input.success) return invalidFromZod(input.error);
    return ok(await recordReview(userId, questionId, input.data.rating, now));
  });
}

export function handleProgress(userId: string, now: Date): Promise<ApiResult> {
  return run(async () => ok(await getProgress(userId, now)));
}
