"use client";

import { signOut } from "next-auth/react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);

  function handleClick() {
    setFailed(false);
    startTransition(async () => {
      try {
        // redirect: false, then our own navigation: next-auth would build the redirect from
        // NEXTAUTH_URL, which may be unset (docs/decisions/003-jwt-sessions-with-database-reread.md).
        await signOut({ redirect: false });
        // A full page load, not router.push: it drops the client router's cache of signed-in pages.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/sign-in");
      } catch (error) {
        console.error("Sign-out request failed", error);
        setFailed(true);
      }
    });
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" onClick={handleClick} pending={pending}>
        {pending ? "Signing out…" : "Sign out"}
      </Button>
      {failed ? (
        <span role="alert" className="text-sm text-red-700 dark:text-red-300">
          Could not sign out; try again.
        </span>
      ) : null}
    </span>
  );
}
