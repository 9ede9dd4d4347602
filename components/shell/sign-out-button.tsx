import { signOutAction } from "@/server/auth/actions";
import { Button } from "@/components/ui/button";

/** A plain form posting to a server action: works before hydration and costs no client JavaScript. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <Button variant="secondary" type="submit">
        Sign out
      </Button>
    </form>
  );
}
