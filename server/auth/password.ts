import "server-only";
import { hash, verify } from "@node-rs/argon2";

// Argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane). The parameters are written into every
// hash (PHC string), so raising them later does not invalidate existing hashes.
// `Algorithm` is an ambient const enum in the package's types, which isolatedModules forbids
// reading; 2 is Algorithm.Argon2id.
const ARGON2ID = 2;

const HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export async function hashPassword(plain: string): Promise<string> {
  return hash(plain, HASH_OPTIONS);
}

// Returns false for a wrong password and for a hash that is not an argon2 PHC string (for example
// a placeholder), so a corrupt row cannot be signed into; it never throws for bad input.
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch (error) {
    console.error("verifyPassword: the stored password hash is not a valid argon2 PHC string", error);
    return false;
  }
}
