import { z } from "zod";
import { EMAIL_TAKEN_MESSAGE, signUpSchema } from "@/lib/auth/sign-up-schema";
import { createUser } from "@/server/users/mutations";
import { readJsonBody } from "@/server/users/request-body";
import { isCrossSiteRequest } from "@/server/api/origin";
import { otherMethods } from "@/server/api/methods";

// name + email + password fit in well under 2 KB; leave room, refuse megabytes.
const MAX_BODY_BYTES = 16 * 1024;

type ErrorBody = { errors: Record<string, string[]>; message: string };

function errorResponse(status: number, body: ErrorBody): Response {
  return Response.json(body, { status });
}

/** Sign-up as JSON: { email, name, password } -> 201 { id, email, name, role }. */
export async function POST(request: Request): Promise<Response> {
  if (isCrossSiteRequest(request.headers)) {
    return errorResponse(403, { errors: {}, message: "Cross-site requests are not allowed." });
  }
  const read = await readJsonBody(request, MAX_BODY_BYTES);
  if (read.status === "unsupported-media-type") return errorResponse(415, { errors: {}, message: read.message });
  if (read.status === "too-large") return errorResponse(413, { errors: {}, message: read.message });
  if (read.status === "malformed") return errorResponse(400, { errors: {}, message: read.message });

  const parsed = signUpSchema.safeParse(read.body);
  if (!parsed.success) {
    const { formErrors, fieldErrors } = z.flattenError(parsed.error);
    const message =
      formErrors.length > 0
        ? "The body must be a JSON object with the fields email, name and password."
        : `Invalid fields: ${Object.keys(fieldErrors).join(", ")}.`;
    return errorResponse(400, { errors: fieldErrors, message });
  }

  const result = await createUser(parsed.data);
  if (result.status === "email-taken") {
    return errorResponse(409, { errors: { email: [EMAIL_TAKEN_MESSAGE] }, message: "That email is already registered." });
  }
  return Response.json(result.user, { status: 201 });
}

// Every other method: a 405 naming this one (server/api/methods.ts).
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
