-- CreateEnum
CREATE TYPE "WebhookStatus" AS ENUM ('ACTIVE', 'PAUSED');

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "ArticleViewDay" (
    "articleId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleViewDay_pkey" PRIMARY KEY ("articleId","day")
);

-- CreateTable
CREATE TABLE "SiteViewHour" (
    "hour" TIMESTAMP(3) NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SiteViewHour_pkey" PRIMARY KEY ("hour")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Webhook" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "events" TEXT[],
    "secret" TEXT NOT NULL,
    "status" "WebhookStatus" NOT NULL DEFAULT 'ACTIVE',
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "pausedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Webhook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "webhookId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "jobId" TEXT NOT NULL,
    "lastStatus" INTEGER,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "attemptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "statusCode" INTEGER,
    "durationMs" INTEGER NOT NULL,
    "error" TEXT,

    CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "webhooksAllowPrivateAddresses" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IntegrationSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleViewDay_day_articleId_views_idx" ON "ArticleViewDay"("day", "articleId", "views");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_createdAt_idx" ON "ApiKey"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_jobId_key" ON "WebhookDelivery"("jobId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_webhookId_createdAt_idx" ON "WebhookDelivery"("webhookId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "WebhookAttempt_deliveryId_attemptedAt_idx" ON "WebhookAttempt"("deliveryId", "attemptedAt");

-- CreateIndex
CREATE INDEX "Comment_createdAt_idx" ON "Comment"("createdAt");

-- AddForeignKey
ALTER TABLE "ArticleViewDay" ADD CONSTRAINT "ArticleViewDay_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES "Webhook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "WebhookDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rollups of ArticleViewHour for newsroom analytics (docs/decisions/0017-newsroom-analytics.md):
-- every insert or update of an hourly row adds its change to the article's day and to the
-- site's hour, in the same statement, whoever writes (the view counter, the benchmark
-- generator, tests). Deleting hourly rows (pruning, an article deleted) leaves the site's
-- hours alone: those views happened. An article's days go with it (foreign key).
CREATE FUNCTION "masthead_roll_up_article_view_hour"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta integer := NEW."views" - CASE WHEN TG_OP = 'UPDATE' THEN OLD."views" ELSE 0 END;
BEGIN
  IF delta = 0 THEN
    RETURN NULL;
  END IF;
  INSERT INTO "ArticleViewDay" ("articleId", "day", "views")
  VALUES (NEW."articleId", (NEW."hour")::date, delta)
  ON CONFLICT ("articleId", "day") DO UPDATE SET "views" = "ArticleViewDay"."views" + EXCLUDED."views";
  INSERT INTO "SiteViewHour" ("hour", "views")
  VALUES (date_trunc('hour', NEW."hour"), delta)
  ON CONFLICT ("hour") DO UPDATE SET "views" = "SiteViewHour"."views" + EXCLUDED."views";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ArticleViewHour_roll_up"
AFTER INSERT OR UPDATE OF "views" ON "ArticleViewHour"
FOR EACH ROW EXECUTE FUNCTION "masthead_roll_up_article_view_hour"();

-- Existing views, once.
INSERT INTO "ArticleViewDay" ("articleId", "day", "views")
SELECT "articleId", ("hour")::date, SUM("views")::integer FROM "ArticleViewHour" GROUP BY 1, 2;
INSERT INTO "SiteViewHour" ("hour", "views")
SELECT date_trunc('hour', "hour"), SUM("views")::integer FROM "ArticleViewHour" GROUP BY 1;
