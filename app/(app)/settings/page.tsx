import type { Metadata } from "next";
import { SettingsForm } from "@/components/study/settings-form";
import { requireRole } from "@/server/auth/session";
import { getStudySettings, hasSavedStudySettings } from "@/server/study/data";

export const metadata: Metadata = { title: "Study settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const user = await requireRole("STUDENT", { returnTo: "/settings" });
  const [settings, saved] = await Promise.all([getStudySettings(user.id), hasSavedStudySettings(user.id)]);
  const zones = Intl.supportedValuesOf("timeZone");
  const timeZones = zones.includes(settings.timeZone) ? zones : [settings.timeZone, ...zones];
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">Study settings</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">Flashcards are scheduled with FSRS; these settings shape your daily reviews.</p>
      <div className="mt-6">
        <SettingsForm values={settings} timeZones={timeZones} saved={saved} />
      </div>
    </>
  );
}
