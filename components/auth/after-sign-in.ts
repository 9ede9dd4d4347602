/**
 * After a successful sign-in, load /sign-in again: the server now sees the session and redirects
 * to the page that was asked for, or to the role's home. A full load, so every server component
 * (the shell's navigation included) is rendered for the new user.
 */
export function continueAfterSignIn(callbackPath: string | null): void {
  window.location.assign(callbackPath ? `/sign-in?${new URLSearchParams({ callbackUrl: callbackPath })}` : "/sign-in");
}

/**
 * next-auth returns our own message (thrown in authorize) as `error`, or one of its codes such as
 * "CredentialsSignin" or "Configuration" when something else failed.
 */
export function messageForSignInError(error: string | null | undefined): string {
  if (error && /\s/.test(error)) return error;
  console.error(`next-auth sign-in error: ${error ?? "(no error code)"}`);
  return "Signing in did not work. Please try again.";
}
