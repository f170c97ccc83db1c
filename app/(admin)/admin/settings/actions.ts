"use server";

import { refresh } from "next/cache";
import { validatedAction } from "@/lib/actions";
import { updateSiteSettings } from "@/lib/settings/update-site-settings";
import { ZSiteSettingsInput } from "@/lib/settings/site-settings-schema";

// Thin adapter: updateSiteSettings checks the caller's permission itself.
export const updateSiteSettingsAction = validatedAction("updateSiteSettings", "settings:manage", ZSiteSettingsInput, async (input) => {
  const { settings } = await updateSiteSettings(input);
  refresh();
  return { version: settings.version };
});
