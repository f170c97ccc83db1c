"use client";

import { useActionState } from "react";
import { FormattedDateTime } from "@/components/admin/formatted-date-time";
import { fieldErrorOf, FormMessage, type TFormAction } from "@/components/admin/form-feedback";
import { Field } from "@/components/ui/field";
import type { TModeratorNote } from "@/lib/members/list-moderator-notes";

const FORM_ID = "moderator-note";

type TModeratorNotesProps = { memberId: string; notes: TModeratorNote[]; maxLength: number; action: TFormAction<{ noteId: string }> };

/** Staff-only notes about a member: newest first, and a form to add one. */
export function ModeratorNotes({ memberId, notes, maxLength, action }: TModeratorNotesProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <>
      {notes.length > 0 ? (
        <ul className="link-list">
          {notes.map((note) => (
            <li key={note.id}>
              <p style={{ whiteSpace: "pre-wrap", margin: 0 }}>{note.body}</p>
              <p className="meta">
                {note.writerName ?? "Former staff"}, <FormattedDateTime iso={note.createdAt} />
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>No notes yet.</p>
      )}
      <form action={formAction} className="admin-form" id={FORM_ID}>
        <input type="hidden" name="memberId" value={memberId} />
        <Field
          id={`${FORM_ID}-body`}
          label="Add a note"
          hint="Seen by editors and admins only, never by the member."
          error={fieldErrorOf(result, "body")}
        >
          {(control) => <textarea {...control} name="body" rows={3} required maxLength={maxLength} />}
        </Field>
        <button type="submit" className="button" disabled={isPending}>
          Add note
        </button>
        <FormMessage result={result} successText="Note added." />
      </form>
    </>
  );
}
