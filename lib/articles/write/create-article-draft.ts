import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { EMPTY_DOCUMENT } from "@/lib/articles/write/empty-document";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { readSiteSettings } from "@/lib/settings/site-settings";
import { ZCreateArticleDraftInput, type TCreateArticleDraftInput } from "./article-write-schemas";
import { deriveSlug, firstFreeSlug } from "./derive-slug";

export type TCreatedDraft = { id: string; slug: string; version: number };

/** Starts a new draft with the actor as its author. */
export async function createArticleDraft(input: TCreateArticleDraftInput): Promise<TCreatedDraft> {
  return createArticleDraftFor(await requirePermission("article:write-own"), input);
}

export async function createArticleDraftFor(actor: TCurrentUser, rawInput: TCreateArticleDraftInput): Promise<TCreatedDraft> {
  assertPermission(actor, "article:write-own");
  const { title } = parseInputOrThrow(ZCreateArticleDraftInput, rawInput);
  // Read before the transaction: it is its own (upserting) query, and with the embedded
  // database a query outside the transaction while it is open would wait for it forever.
  const { defaultCommentPolicy } = await readSiteSettings();
  // Two drafts with the same title at the same moment can race for a slug: retry once more.
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.$transaction(async (tx) => {
        const slug = await firstFreeSlug(deriveSlug(title), async (candidate) =>
          Boolean(
            (await tx.article.findUnique({ where: { slug: candidate }, select: { id: true } })) ??
              (await tx.articleSlugRedirect.findUnique({ where: { oldSlug: candidate }, select: { oldSlug: true } })),
          ),
        );
        const article = await tx.article.create({
          data: {
            title,
            slug,
            body: EMPTY_DOCUMENT,
            status: "DRAFT",
            commentPolicy: defaultCommentPolicy,
            authors: { create: { userId: actor.id, position: 0, status: "DRAFT", publishedAt: null } },
            revisions: {
              create: { version: 1, title, dek: "", body: EMPTY_DOCUMENT, savedById: actor.id, source: "editor" },
            },
          },
          select: { id: true, slug: true, version: true },
        });
        return article;
      });
    } catch (error) {
      const isSlugRace = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!isSlugRace || attempt >= 2) throw error;
    }
  }
}
