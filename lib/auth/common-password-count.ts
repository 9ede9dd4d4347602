// How many of the most common passwords sign-up refuses; shared by the generator and the check.
export const COMMON_PASSWORD_COUNT = 10_000;
