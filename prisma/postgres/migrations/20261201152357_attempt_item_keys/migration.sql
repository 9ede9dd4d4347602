-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "itemKeys" TEXT;
