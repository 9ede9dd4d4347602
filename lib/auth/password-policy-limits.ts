// The length limits alone, without the common-password list, so that client components can show
// them without shipping the 10,000-entry list to the browser.
export const MIN_PASSWORD_LENGTH = 8;
// Long enough for any passphrase or password manager; short enough that hashing stays cheap.
export const MAX_PASSWORD_LENGTH = 128;
