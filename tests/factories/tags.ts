import { db } from "@/lib/db/client";
import type { Tag } from "@/lib/generated/prisma/client";
import { uniqueSuffix } from "./unique";

export type TTagOverrides = Partial<{ slug: string; name: string; description: string }>;

export async function createTag(overrides: TTagOverrides = {}): Promise<Tag> {
  const suffix = uniqueSuffix();
  return db.tag.create({
    data: {
      slug: overrides.slug ?? `tag-${suffix}`,
      name: overrides.name ?? `Tag ${suffix}`,
      description: overrides.description ?? "",
    },
  });
}
