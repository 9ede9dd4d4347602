// POST /api/attempts/{id}/answers (docs/api.md). A Pages Router API route, not an App Router route
// handler, because answering is the hottest request and Next serves this kind at about twice the
// rate on Node 20 (docs/decisions/043-answer-route-in-pages-router.md).
import type { NextApiRequest, NextApiResponse } from "next";
import { handleAnswer } from "@/server/api/study";
import { handlePagesApiPost, routeParam } from "@/server/api/pages-route";

// The raw body is read and checked by the study API itself, with its own messages and size limit.
export const config = { api: { bodyParser: false } };

export default function answers(request: NextApiRequest, response: NextApiResponse): Promise<void> {
  const attemptId = routeParam(request, "id");
  // The answer's write checks the account in its transaction (saveAnswer), so it is not read before.
  return handlePagesApiPost(request, response, (userId, rawBody) => handleAnswer(userId, attemptId, rawBody, new Date()), { userCheckedByWrites: true });
}
