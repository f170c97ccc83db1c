import type { Metadata } from "next";
import { SiteSettingsForm } from "@/components/moderation/site-settings-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { readSiteSettings } from "@/lib/settings/site-settings";
import { updateSiteSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePagePermission("admin:access", "/admin/settings");
  await requirePagePermission("settings:manage", "/admin/settings");
  // Uncached: the form must show (and carry the version of) what is saved now.
  const settings = await readSiteSettings();
  return (
    <div className="page page--narrow">
      <h1 className="page-title">Settings</h1>
      <p className="lede">
        The rules for the conversation under articles. Changes apply to the next comment posted; comments already
        published are not re-checked.
      </p>
      <SiteSettingsForm settings={settings} action={updateSiteSettingsAction} />
    </div>
  );
}
