-- Published comments not yet added to their article's commentCount (lib/comments/article-comment-count.ts).
-- CreateTable
CREATE TABLE "CommentCountPending" (
    "commentId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,

    CONSTRAINT "CommentCountPending_pkey" PRIMARY KEY ("commentId")
);

-- CreateIndex
CREATE INDEX "CommentCountPending_articleId_idx" ON "CommentCountPending"("articleId");
