-- AlterTable
ALTER TABLE "SiteSettings" ADD COLUMN     "holdUnverifiedComments" BOOLEAN NOT NULL DEFAULT true;
