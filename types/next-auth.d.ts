// next-auth's own types widened with our fields (module augmentation needs `interface`).
import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user: {
      id: string;
      email: string;
      name: string;
      role: Role;
    };
  }

  interface User {
    role: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** Seconds since the epoch; the session ends SESSION_MAX_AGE_HOURS after this. */
    signedInAt?: number;
  }
}
