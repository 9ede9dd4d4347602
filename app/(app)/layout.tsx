import type { ReactNode } from "react";
import { getCurrentUser } from "@/server/auth/session";
import { AppShell } from "@/components/shell/app-shell";

// The shell is for the user's convenience: each page checks who is asking itself (requireUser /
// requireRole), because a layout neither re-renders on navigation nor stops its pages rendering.
// Signed out, the page redirects to /sign-in with its own path as callbackUrl, which a layout
// cannot know.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (user === null) return children;
  return <AppShell user={user}>{children}</AppShell>;
}
