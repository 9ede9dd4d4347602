// Types for security-headers.js, which stays plain JavaScript so next.config.js can import it.
export function securityHeaders(production: boolean): { key: string; value: string }[];
