// Saving the site settings: version-checked, audited, admins only.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readSiteSettings } from "@/lib/settings/site-settings";
import { updateSiteSettingsFor } from "@/lib/settings/update-site-settings";
import { admin, auditEventsAbout, editor, rejection } from "./moderation-helpers";

function formFrom(settings: Awaited<ReturnType<typeof readSiteSettings>>, changes: Record<string, string> = {}) {
  return {
    version: String(settings.version),
    defaultCommentPolicy: settings.defaultCommentPolicy,
    holdFirstComments: String(settings.holdFirstComments),
    maxLinksPerComment: String(settings.maxLinksPerComment),
    floodMaxComments: String(settings.floodMaxComments),
    floodWindowSeconds: String(settings.floodWindowSeconds),
    minAccountAgeHoursForLinks: String(settings.minAccountAgeHoursForLinks),
    commentMaxLength: String(settings.commentMaxLength),
    commentAutoCloseDays: settings.commentAutoCloseDays === null ? "" : String(settings.commentAutoCloseDays),
    bannedWords: settings.bannedWords.join("\n"),
    suspectWords: settings.suspectWords.join("\n"),
    holdUnverifiedComments: (settings.holdUnverifiedComments ? "on" : "false") as "on" | "false",
    ...changes,
  };
}

// One test: the settings row is shared by every test file, so the steps run in order here, and
// the only rules changed are word lists of made-up words no other test's comment contains.
describe("site settings", () => {
  it("save, refuse a stale form, audit, refuse editors", async () => {
    const person = await admin();
    const before = await readSiteSettings();
    const saved = await updateSiteSettingsFor(
      person,
      formFrom(before, { suspectWords: [...before.suspectWords, "Zqxsuspect", " zqxsuspect ", "zqx  phrase"].join("\n") }),
    );
    expect(saved.settings.version).toBe(before.version + 1);
    const after = await readSiteSettings();
    expect(after).toMatchObject({ suspectWords: [...before.suspectWords, "zqxsuspect", "zqx phrase"], version: before.version + 1 });
    expect(saved.changed).toEqual(["suspectWords"]);

    const [event] = (await auditEventsAbout("SiteSettings", "1")).slice(-1);
    expect(event).toMatchObject({ actorId: person.id, action: "settings.updated", detail: { from: before.version, to: before.version + 1 } });

    // A second admin's form still carries the old version: refused, nothing written.
    const stale = await rejection(updateSiteSettingsFor(await admin(), formFrom(before, { bannedWords: "zqxbanned" })));
    expect(stale).toMatchObject({ code: "CONFLICT", status: 409 });
    expect(stale.publicMessage).toMatch(/Someone else saved the settings/);
    expect((await readSiteSettings()).bannedWords).toEqual(after.bannedWords);

    const forbidden = await rejection(updateSiteSettingsFor(await editor(), formFrom(after)));
    expect(forbidden.code).toBe("FORBIDDEN");

    const bad = await rejection(updateSiteSettingsFor(person, formFrom(after, { floodWindowSeconds: "soon" })));
    expect(bad.fieldErrors.floodWindowSeconds).toMatch(/whole number/);

    // Put the list back as it was.
    await updateSiteSettingsFor(person, formFrom(before, { version: String(after.version) }));
    expect(await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ suspectWords: before.suspectWords, version: after.version + 1 });
  });
});
