import { Prisma } from "@/lib/generated/prisma/client";

// Rate-limit windows are measured on the database's clock, never a server's, so every process
// agrees however far their clocks drift. Prisma stores DateTime as UTC in `timestamp` columns,
// hence the conversion.
export const DATABASE_NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

export function seconds(count: number): Prisma.Sql {
  return Prisma.sql`(${Math.round(count)}::integer * interval '1 second')`;
}
