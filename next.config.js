// @ts-check
import { securityHeaders } from "./lib/config/security-headers.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and driver packages stay as plain Node requires instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@node-rs/argon2"],
  typedRoutes: false,
  // The one Pages Router route (decision 043) gets its packages bundled as App Router code does, so
  // that `server-only` resolves to its server entry instead of throwing under Node's require.
  bundlePagesRouterDependencies: true,
  // forbidden() renders app/forbidden.tsx with status 403 when a role check fails.
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default nextConfig;
