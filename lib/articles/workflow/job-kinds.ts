// The kinds of ScheduledJob the publishing workflow creates (lib/jobs/ runs them).
export const JOB_KINDS = { publish: "article.publish", unpublish: "article.unpublish" } as const;
export type TJobKind = (typeof JOB_KINDS)[keyof typeof JOB_KINDS];

export function isJobKind(kind: string): kind is TJobKind {
  return kind === JOB_KINDS.publish || kind === JOB_KINDS.unpublish;
}
