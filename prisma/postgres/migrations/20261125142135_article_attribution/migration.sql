-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "attribution" TEXT NOT NULL DEFAULT '';
