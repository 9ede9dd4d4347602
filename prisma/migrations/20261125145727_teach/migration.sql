-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sections" TEXT NOT NULL,
    "kinds" TEXT NOT NULL,
    "includeOwnQuestions" BOOLEAN NOT NULL DEFAULT true,
    "questionCount" INTEGER NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "lateUntil" DATETIME,
    "timeLimitMinutes" INTEGER,
    "attemptsAllowed" INTEGER NOT NULL,
    "drawMode" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "questionIds" TEXT NOT NULL,
    "reviewAfter" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionOverride" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "written" BOOLEAN NOT NULL DEFAULT false,
    "data" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "QuestionOverride_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionOverride_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticleUpload" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "uploaderId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "problems" TEXT NOT NULL DEFAULT '[]',
    "articleId" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "ArticleUpload_uploaderId_fkey" FOREIGN KEY ("uploaderId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_QuizAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "options" TEXT NOT NULL,
    "items" TEXT NOT NULL,
    "questionCount" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "assignmentId" TEXT,
    "attemptNumber" INTEGER,
    "deadlineAt" DATETIME,
    CONSTRAINT "QuizAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuizAttempt_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuizAttempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_QuizAttempt" ("articleId", "finishedAt", "id", "items", "options", "questionCount", "seed", "startedAt", "userId") SELECT "articleId", "finishedAt", "id", "items", "options", "questionCount", "seed", "startedAt", "userId" FROM "QuizAttempt";
DROP TABLE "QuizAttempt";
ALTER TABLE "new_QuizAttempt" RENAME TO "QuizAttempt";
CREATE INDEX "QuizAttempt_userId_startedAt_idx" ON "QuizAttempt"("userId", "startedAt");
CREATE UNIQUE INDEX "QuizAttempt_assignmentId_userId_attemptNumber_key" ON "QuizAttempt"("assignmentId", "userId", "attemptNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Assignment_classId_dueAt_idx" ON "Assignment"("classId", "dueAt");

-- CreateIndex
CREATE INDEX "QuestionOverride_ownerId_articleId_idx" ON "QuestionOverride"("ownerId", "articleId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionOverride_ownerId_questionId_key" ON "QuestionOverride"("ownerId", "questionId");

-- CreateIndex
CREATE INDEX "ArticleUpload_uploaderId_createdAt_idx" ON "ArticleUpload"("uploaderId", "createdAt");
