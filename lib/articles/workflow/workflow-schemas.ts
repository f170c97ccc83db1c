import { z } from "zod";

// Shared vocabulary of the publishing workflow. Form data is strings: versions are coerced
// explicitly, times arrive as ISO 8601 (the schedule form converts the browser's local time).

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
