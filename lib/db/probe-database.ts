import { db } from "./client";
import { shouldProbeDatabase } from "./database-health";

/**
 * While the database is marked unreachable, tries it again at most every two seconds
 * (lib/db/database-health.ts): the first probe that succeeds marks it reachable, and pages need
 * it again from the next request on. Never waits and never throws.
 */
export function probeDatabaseWhileDown(): void {
  if (!shouldProbeDatabase()) return;
  db.$queryRaw`SELECT 1`.catch(() => {
    // Still down: the failure has already been noted by the client.
  });
}
