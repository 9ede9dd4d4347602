// Stands in for the "server-only" package inside Vitest, where there is no React Server bundle.
export {};
