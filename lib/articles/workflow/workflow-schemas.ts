import { z } from "zod";
import { isTimeZone, zonedLocalTimeToIso } from "./zoned-time";

// Shared vocabulary of the publishing workflow. Form data is strings: versions are coerced
// explicitly; times reach the domain functions as ISO 8601. The schedule form sends one itself
// when JavaScript runs, and otherwise a wall-clock time and its zone for the server to convert.

export const ZArticleId = z.string().trim().min(1, { message: "Which article?" }).max(64);
export const ZJobId = z.string().trim().min(1, { message: "Which job?" }).max(64);

/** The article version the person saw; a different current version means someone changed it since. */
export const ZSeenVersion = z.coerce.number({ message: "Reload the page and try again." }).int().min(1);

/** Kept a string (not transformed to a Date) so actions can hand their parsed input on to the domain functions, which parse it again. */
export const ZRunAt = z.iso.datetime({ offset: true, message: "Choose a date and time." });

export const ZArticleTransitionInput = z.object({ articleId: ZArticleId, version: ZSeenVersion });
export type TArticleTransitionInput = z.input<typeof ZArticleTransitionInput>;

export const ZArticleScheduleInput = z.object({ articleId: ZArticleId, version: ZSeenVersion, runAt: ZRunAt });
export type TArticleScheduleInput = z.input<typeof ZArticleScheduleInput>;

export const ZJobInput = z.object({ jobId: ZJobId });
export type TJobInput = z.input<typeof ZJobInput>;

export const ZRescheduleJobInput = z.object({ jobId: ZJobId, runAt: ZRunAt });
export type TRescheduleJobInput = z.input<typeof ZRescheduleJobInput>;

/** Deleting from the overview page: the box must be ticked, so one stray click cannot delete. */
export const ZDeleteArticleFormInput = ZArticleTransitionInput.extend({
  confirm: z.literal("yes", { message: "Tick the box to confirm that the article should be deleted for good." }),
});

/**
 * A schedule form's time: `runAt` (ISO, from the browser's script) when present, else
 * `localRunAt` ("2026-11-25T14:30" from the datetime-local field) in `timeZone`. Errors are
 * reported on "runAt", the field the form shows them under.
 */
const ZScheduleTimeFields = z.object({
  runAt: z.string().trim().max(64).optional(),
  localRunAt: z.string().trim().max(32).optional(),
  timeZone: z.string().trim().max(64).optional(),
});

function runAtFromForm(fields: z.infer<typeof ZScheduleTimeFields>, ctx: z.RefinementCtx): string {
  let runAt = fields.runAt ?? "";
  if (!runAt && fields.localRunAt) {
    if (!isTimeZone(fields.timeZone ?? "")) {
      ctx.addIssue({ code: "custom", path: ["timeZone"], message: "Choose a time zone from the list." });
      return "";
    }
    runAt = zonedLocalTimeToIso(fields.localRunAt, fields.timeZone ?? "") ?? "";
  }
  if (!ZRunAt.safeParse(runAt).success) ctx.addIssue({ code: "custom", path: ["runAt"], message: "Choose a date and time." });
  return runAt;
}

export const ZArticleScheduleFormInput = z
  .object({ articleId: ZArticleId, version: ZSeenVersion })
  .and(ZScheduleTimeFields)
  .transform(({ articleId, version, ...time }, ctx) => ({ articleId, version, runAt: runAtFromForm(time, ctx) }));

export const ZRescheduleJobFormInput = z
  .object({ jobId: ZJobId })
  .and(ZScheduleTimeFields)
  .transform(({ jobId, ...time }, ctx) => ({ jobId, runAt: runAtFromForm(time, ctx) }));
