// Scheduling from a form posted without JavaScript: a wall-clock time and a named zone, which
// the server turns into the instant the job runs.
import { describe, expect, it } from "vitest";
import { schedulePublishFor } from "@/lib/articles/workflow/schedule-publish";
import { ZArticleScheduleFormInput, ZRescheduleJobFormInput } from "@/lib/articles/workflow/workflow-schemas";
import { isoToZonedLocalTime, zonedLocalTimeToIso } from "@/lib/articles/workflow/zoned-time";
import { fieldErrorsFrom } from "@/lib/actions";
import { db } from "@/lib/db/client";
import { createArticle, createUser, actorFor } from "../factories";

describe("wall-clock times in a time zone", () => {
  it.each([
    ["2099-05-01T09:30", "America/New_York", "2099-05-01T13:30:00.000Z"],
    ["2026-11-25T14:30", "Europe/Paris", "2026-11-25T13:30:00.000Z"],
    ["2026-01-01T00:00", "Asia/Kolkata", "2025-12-31T18:30:00.000Z"],
    ["2026-06-01T12:00", "UTC", "2026-06-01T12:00:00.000Z"],
    // Spring forward: 02:30 does not exist in Paris that night; it lands past the gap (03:30 CEST).
    ["2026-03-29T02:30", "Europe/Paris", "2026-03-29T01:30:00.000Z"],
    // Fall back: 01:30 happens twice in New York; the first (EDT) is taken.
    ["2026-11-01T01:30", "America/New_York", "2026-11-01T05:30:00.000Z"],
  ])("%s in %s is %s", (local, zone, iso) => {
    expect(zonedLocalTimeToIso(local, zone)).toBe(iso);
  });

  it("refuses impossible dates and unknown zones, and converts back for the form", () => {
    expect(zonedLocalTimeToIso("2026-02-30T10:00", "UTC")).toBeNull();
    expect(zonedLocalTimeToIso("2026-02-01T10:00", "Mars/Olympus_Mons")).toBeNull();
    expect(zonedLocalTimeToIso("tomorrow", "UTC")).toBeNull();
    expect(isoToZonedLocalTime("2026-11-25T13:30:00.000Z", "Europe/Paris")).toBe("2026-11-25T14:30");
  });
});

describe("the schedule form's input", () => {
  it("prefers the ISO time the browser computed, and otherwise converts the local time in its zone", () => {
    const base = { articleId: "a1", version: "3" };
    expect(ZArticleScheduleFormInput.parse({ ...base, runAt: "2099-01-01T10:00:00.000Z", localRunAt: "2099-01-01T10:00", timeZone: "Asia/Tokyo" })).toEqual({
      articleId: "a1",
      version: 3,
      runAt: "2099-01-01T10:00:00.000Z",
    });
    expect(ZArticleScheduleFormInput.parse({ ...base, localRunAt: "2099-01-01T10:00", timeZone: "Asia/Tokyo" }).runAt).toBe("2099-01-01T01:00:00.000Z");
    expect(ZRescheduleJobFormInput.parse({ jobId: "j1", runAt: "", localRunAt: "2099-07-04T12:00", timeZone: "America/Chicago" })).toEqual({
      jobId: "j1",
      runAt: "2099-07-04T17:00:00.000Z",
    });
  });

  it("names the field when the time or the zone is missing or wrong", () => {
    const errors = (input: Record<string, string>) => {
      const parsed = ZArticleScheduleFormInput.safeParse({ articleId: "a1", version: "1", ...input });
      return parsed.success ? {} : fieldErrorsFrom(parsed.error);
    };
    expect(errors({})).toEqual({ runAt: "Choose a date and time." });
    expect(errors({ localRunAt: "2099-01-01T10:00", timeZone: "Nowhere/Special" })).toEqual({ timeZone: "Choose a time zone from the list." });
    expect(errors({ localRunAt: "2099-02-31T10:00", timeZone: "UTC" })).toEqual({ runAt: "Choose a date and time." });
  });

  it("schedules the job at the instant the zone's wall clock names", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const article = await createArticle({ status: "DRAFT" });
    const input = ZArticleScheduleFormInput.parse({ articleId: article.id, version: "1", localRunAt: "2099-05-01T09:30", timeZone: "America/New_York" });
    const { jobId } = await schedulePublishFor(actorFor(editor), input);
    expect((await db.scheduledJob.findUniqueOrThrow({ where: { id: jobId } })).runAt).toEqual(new Date("2099-05-01T13:30:00.000Z"));
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).publishedAt).toEqual(new Date("2099-05-01T13:30:00.000Z"));
  });
});
