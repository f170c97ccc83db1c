// The article the bench measures: one story with 100 comments in a topic of its own, made once
// per database and found again on later runs.
import { db } from "@/lib/db/client";
import { createArticle, createComment, createTag, createUser } from "../../tests/factories";

const SLUG_PREFIX = "bench-hundred-comments";

export async function prepareBenchArticle(): Promise<{ id: string; slug: string; tagPath: string }> {
  const existing = await db.article.findFirst({
    where: { slug: { startsWith: SLUG_PREFIX } },
    select: { id: true, slug: true, tags: { select: { tag: { select: { slug: true } } } } },
  });
  const tagSlug = existing?.tags[0]?.tag.slug;
  if (existing && tagSlug) return { id: existing.id, slug: existing.slug, tagPath: `/tags/${tagSlug}` };
  const tag = await createTag({ name: "Bench" });
  const article = await createArticle({ title: "Benchmark article with a hundred comments", tagIds: [tag.id], slug: `${SLUG_PREFIX}-${Date.now()}` });
  const commenter = await createUser({ password: null });
  for (let i = 0; i < 100; i++) {
    await createComment({ articleId: article.id, authorId: commenter.id, body: `Comment number ${i}, with a few words.` });
  }
  return { id: article.id, slug: article.slug, tagPath: `/tags/${tag.slug}` };
}
