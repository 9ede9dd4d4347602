import { handleTeachRequest } from "@/server/classes/api";
import { handleArticleUpload } from "@/server/uploads/api";
import { otherTeachMethods } from "@/server/api/methods";

export const dynamic = "force-dynamic";

/** POST multipart (file, attribution): upload an article for the instructor's classes. */
export async function POST(request: Request) {
  return handleTeachRequest(request, { stateChanging: true, role: "INSTRUCTOR" }, (user) => handleArticleUpload(user.id, request, new Date()));
}

// Every other method: a 405 naming this one (server/api/methods.ts).
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherTeachMethods("POST");
