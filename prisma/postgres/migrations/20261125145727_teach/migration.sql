-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "assignmentId" TEXT,
ADD COLUMN     "attemptNumber" INTEGER,
ADD COLUMN     "deadlineAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sections" TEXT NOT NULL,
    "kinds" TEXT NOT NULL,
    "includeOwnQuestions" BOOLEAN NOT NULL DEFAULT true,
    "questionCount" INTEGER NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "lateUntil" TIMESTAMP(3),
    "timeLimitMinutes" INTEGER,
    "attemptsAllowed" INTEGER NOT NULL,
    "drawMode" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "questionIds" TEXT NOT NULL,
    "reviewAfter" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionOverride" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "written" BOOLEAN NOT NULL DEFAULT false,
    "data" TEXT NOT NULL,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleUpload" (
    "id" TEXT NOT NULL,
    "uploaderId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "problems" TEXT NOT NULL DEFAULT '[]',
    "articleId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArticleUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Assignment_classId_dueAt_idx" ON "Assignment"("classId", "dueAt");

-- CreateIndex
CREATE INDEX "QuestionOverride_ownerId_articleId_idx" ON "QuestionOverride"("ownerId", "articleId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionOverride_ownerId_questionId_key" ON "QuestionOverride"("ownerId", "questionId");

-- CreateIndex
CREATE INDEX "ArticleUpload_uploaderId_createdAt_idx" ON "ArticleUpload"("uploaderId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_assignmentId_userId_attemptNumber_key" ON "QuizAttempt"("assignmentId", "userId", "attemptNumber");

-- AddForeignKey
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionOverride" ADD CONSTRAINT "QuestionOverride_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionOverride" ADD CONSTRAINT "QuestionOverride_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleUpload" ADD CONSTRAINT "ArticleUpload_uploaderId_fkey" FOREIGN KEY ("uploaderId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
