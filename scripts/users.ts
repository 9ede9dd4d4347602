// Account administration from the command line:
//   npm run users -- role <email> <STUDENT|INSTRUCTOR>   change an account's role (takes effect on its next request)
import { roleSchema } from "../lib/auth/roles";
import { setUserRoleByEmail } from "../server/users/mutations";

const USAGE = "usage: npm run users -- role <email> <STUDENT|INSTRUCTOR>";

async function main(argv: string[]): Promise<number> {
  const [command, email, roleText] = argv;
  if (command !== "role" || !email || !roleText || argv.length !== 3) {
    console.error(USAGE);
    return 2;
  }
  const role = roleSchema.safeParse(roleText.toUpperCase());
  if (!role.success) {
    console.error(`role must be STUDENT or INSTRUCTOR, got "${roleText}"\n${USAGE}`);
    return 2;
  }
  try {
    const user = await setUserRoleByEmail(email, role.data);
    console.log(`${user.email} (${user.name}) is now ${user.role}`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
