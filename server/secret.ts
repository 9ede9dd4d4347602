import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * NEXTAUTH_SECRET from the environment, or a random one generated on first start and kept in the
 * data folder (mode 0600), so sessions survive restarts without anyone creating a secret by hand.
 */
export function ensureAuthSecret(dataDir: string): { secret: string; source: "environment" | "file" | "generated" } {
  const fromEnvironment = process.env.NEXTAUTH_SECRET?.trim();
  if (fromEnvironment) return { secret: fromEnvironment, source: "environment" };
  const secretPath = path.join(dataDir, "nextauth-secret");
  if (fs.existsSync(secretPath)) {
    const stored = fs.readFileSync(secretPath, "utf8").trim();
    if (stored.length >= 32) return { secret: stored, source: "file" };
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(secretPath, `${secret}\n`, { mode: 0o600 });
  return { secret, source: "generated" };
}
