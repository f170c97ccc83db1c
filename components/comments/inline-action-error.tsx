import type { TActionResult } from "@/lib/actions";

/** Why a one-button action (like, delete) failed, next to its button. */
export function InlineActionError<TData>({ result }: { result: TActionResult<TData> | null }) {
  if (!result || result.ok) return null;
  return (
    <span role="status" className="comment-action__error">
      {result.message}
    </span>
  );
}
