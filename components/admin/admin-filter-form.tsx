import Link from "next/link";
import type { ReactNode } from "react";

type TAdminFilterFormProps = {
  /** The list's address: the form GETs it, so a filtered list can be bookmarked and shared. */
  action: string;
  /** The submit button's word: "Search", "Filter". */
  submitText: string;
  /** Shown while a filter is on: a link back to the whole list. */
  clear: { text: string } | null;
  className?: string;
  children: ReactNode;
};

/** The filter row above a newsroom list: a plain GET search form, so it works without JavaScript. */
export function AdminFilterForm({ action, submitText, clear, className, children }: TAdminFilterFormProps) {
  return (
    <form className={className ? `admin-search ${className}` : "admin-search"} action={action} method="get" role="search">
      {children}
      <button type="submit" className="button">
        {submitText}
      </button>
      {clear ? <Link href={action}>{clear.text}</Link> : null}
    </form>
  );
}
