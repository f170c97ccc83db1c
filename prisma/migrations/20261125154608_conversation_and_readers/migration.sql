/*
  Warnings:

  - A unique constraint covering the columns `[authorId,clientToken]` on the table `Comment` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('ABUSIVE', 'SPAM', 'OFF_TOPIC', 'OTHER');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "commentsCloseAt" TIMESTAMP(3);

-- Full-text search, kept by PostgreSQL itself so no write path can forget it: the title weighs
-- most (A), then the dek (B), then every text run, quote attribution and caption in the body (C).
-- A trigger rather than a generated column: Prisma reads a generation expression as a default
-- and would try to drop it in every later migration.
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector;

CREATE FUNCTION masthead_article_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."dek", '')), 'B') ||
    setweight(jsonb_to_tsvector('english'::regconfig,
      jsonb_path_query_array(NEW."body", 'strict $.**.text') ||
      jsonb_path_query_array(NEW."body", 'strict $.**.attribution') ||
      jsonb_path_query_array(NEW."body", 'strict $.**.caption'),
      '["string"]'), 'C');
  RETURN NEW;
END
$$;

CREATE TRIGGER "Article_searchVector"
  BEFORE INSERT OR UPDATE OF "title", "dek", "body" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION masthead_article_search_vector();

UPDATE "Article" SET "title" = "title";

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "addressHash" TEXT,
ADD COLUMN     "clientToken" TEXT,
ADD COLUMN     "featuredAt" TIMESTAMP(3),
ADD COLUMN     "heldReason" TEXT,
ADD COLUMN     "moderatedAt" TIMESTAMP(3),
ADD COLUMN     "moderatedById" TEXT,
ADD COLUMN     "openReportCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "headers" JSONB;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "banExpiresAt" TIMESTAMP(3),
ADD COLUMN     "replyEmails" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "shadowBannedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CommentLike" (
    "commentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommentLike_pkey" PRIMARY KEY ("commentId","userId")
);

-- CreateTable
CREATE TABLE "CommentReport" (
    "id" TEXT NOT NULL,
    "commentId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" "ReportReason" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,

    CONSTRAINT "CommentReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModeratorNote" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "writerId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModeratorNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SiteSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "defaultCommentPolicy" "CommentPolicy" NOT NULL DEFAULT 'OPEN',
    "holdFirstComments" INTEGER NOT NULL DEFAULT 1,
    "maxLinksPerComment" INTEGER NOT NULL DEFAULT 2,
    "floodMaxComments" INTEGER NOT NULL DEFAULT 5,
    "floodWindowSeconds" INTEGER NOT NULL DEFAULT 60,
    "bannedWords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "suspectWords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "commentAutoCloseDays" INTEGER,
    "minAccountAgeHoursForLinks" INTEGER NOT NULL DEFAULT 24,
    "commentMaxLength" INTEGER NOT NULL DEFAULT 2000,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SiteSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleViewHour" (
    "articleId" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleViewHour_pkey" PRIMARY KEY ("articleId","hour")
);

-- CreateIndex
CREATE INDEX "CommentLike_userId_idx" ON "CommentLike"("userId");

-- CreateIndex
CREATE INDEX "CommentReport_resolvedAt_createdAt_idx" ON "CommentReport"("resolvedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CommentReport_commentId_reporterId_key" ON "CommentReport"("commentId", "reporterId");

-- CreateIndex
CREATE INDEX "ModeratorNote_memberId_createdAt_idx" ON "ModeratorNote"("memberId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ArticleViewHour_hour_idx" ON "ArticleViewHour"("hour");

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Comment_articleId_status_likeCount_id_idx" ON "Comment"("articleId", "status", "likeCount" DESC, "id");

-- CreateIndex
CREATE INDEX "Comment_status_createdAt_idx" ON "Comment"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_openReportCount_createdAt_idx" ON "Comment"("openReportCount", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_addressHash_createdAt_idx" ON "Comment"("addressHash", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_authorId_clientToken_key" ON "Comment"("authorId", "clientToken");

-- AddForeignKey
ALTER TABLE "CommentLike" ADD CONSTRAINT "CommentLike_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentLike" ADD CONSTRAINT "CommentLike_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentReport" ADD CONSTRAINT "CommentReport_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentReport" ADD CONSTRAINT "CommentReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModeratorNote" ADD CONSTRAINT "ModeratorNote_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModeratorNote" ADD CONSTRAINT "ModeratorNote_writerId_fkey" FOREIGN KEY ("writerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleViewHour" ADD CONSTRAINT "ArticleViewHour_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The one settings row, so reads never have to create it.
INSERT INTO "SiteSettings" ("id", "updatedAt") VALUES (1, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING;
