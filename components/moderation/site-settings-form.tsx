"use client";

import { useActionState } from "react";
import { fieldErrorOf, FormMessage, type TFormAction } from "@/components/admin/form-feedback";
import { Field } from "@/components/ui/field";
import type { TActionResult } from "@/lib/actions";
import type { CommentPolicy } from "@/lib/generated/prisma/enums";
import { SETTINGS_LIMITS, WORD_LIST_MAX_WORDS, WORD_MAX_LENGTH } from "@/lib/settings/site-settings-schema";
import type { TSiteSettings } from "@/lib/settings/site-settings";
import styles from "./moderation.module.css";
import { submitWithoutReset } from "./submit-without-reset";

const FORM_ID = "site-settings";

const POLICY_LABELS: Record<CommentPolicy, string> = {
  OPEN: "Open to every member",
  VIP: "VIP members only",
  CLOSED: "Closed",
};

type TSiteSettingsFormProps = { settings: TSiteSettings; action: TFormAction<{ version: number }> };

export function SiteSettingsForm({ settings, action }: TSiteSettingsFormProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  // A new key after each save: the fields start again from what was saved (lists normalised).
  return <SettingsFields key={settings.version} settings={settings} result={result} formAction={formAction} isPending={isPending} />;
}

type TFieldsProps = {
  settings: TSiteSettings;
  result: TActionResult<{ version: number }> | null;
  formAction: (formData: FormData) => void;
  isPending: boolean;
};

function SettingsFields({ settings, result, formAction, isPending }: TFieldsProps) {
  const number = (field: keyof typeof SETTINGS_LIMITS, label: string, hint: string, value: number | null) => (
    <Field id={`${FORM_ID}-${field}`} label={label} hint={hint} error={fieldErrorOf(result, field)}>
      {(control) => (
        <input
          {...control}
          name={field}
          type="number"
          inputMode="numeric"
          min={SETTINGS_LIMITS[field].min}
          max={SETTINGS_LIMITS[field].max}
          step={1}
          required={field !== "commentAutoCloseDays"}
          defaultValue={value ?? ""}
        />
      )}
    </Field>
  );
  const words = (field: "bannedWords" | "suspectWords", label: string, hint: string) => (
    <Field
      id={`${FORM_ID}-${field}`}
      label={label}
      hint={`${hint} One word or phrase per line, at most ${WORD_LIST_MAX_WORDS} entries of ${WORD_MAX_LENGTH} characters; case does not matter.`}
      error={fieldErrorOf(result, field)}
    >
      {(control) => <textarea {...control} name={field} rows={6} defaultValue={settings[field].join("\n")} />}
    </Field>
  );

  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="admin-form" id={FORM_ID}>
      {/* What the admin saw: the save applies only if nobody saved in between. */}
      <input type="hidden" name="version" value={settings.version} />

      <fieldset className={styles.settingsGroup}>
        <legend>New articles</legend>
        <Field id={`${FORM_ID}-defaultCommentPolicy`} label="Who may comment on new articles" error={fieldErrorOf(result, "defaultCommentPolicy")}>
          {(control) => (
            <select {...control} name="defaultCommentPolicy" defaultValue={settings.defaultCommentPolicy}>
              {(Object.keys(POLICY_LABELS) as CommentPolicy[]).map((policy) => (
                <option key={policy} value={policy}>
                  {POLICY_LABELS[policy]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {number(
          "commentAutoCloseDays",
          "Close comments after (days)",
          "Counted from publishing. Leave empty to keep comments open.",
          settings.commentAutoCloseDays,
        )}
      </fieldset>

      <fieldset className={styles.settingsGroup}>
        <legend>Holding comments for review</legend>
        <div className="field">
          <input type="hidden" name="holdUnverifiedComments" value="false" />
          <input
            id={`${FORM_ID}-holdUnverifiedComments`}
            type="checkbox"
            name="holdUnverifiedComments"
            defaultChecked={settings.holdUnverifiedComments}
          />{" "}
          <label htmlFor={`${FORM_ID}-holdUnverifiedComments`}>Hold comments from members who have not verified their email</label>
        </div>
        {number("holdFirstComments", "Hold a member's first comments", "This many of a member's first comments wait for a moderator (0: none).", settings.holdFirstComments)}
        {number("maxLinksPerComment", "Links allowed per comment", "A comment with more links than this waits for a moderator.", settings.maxLinksPerComment)}
        {number("minAccountAgeHoursForLinks", "Account age before links (hours)", "Younger accounts may not post links.", settings.minAccountAgeHoursForLinks)}
        {number("floodMaxComments", "Comments allowed in the flood window", "More than this from one account or address within the window are held.", settings.floodMaxComments)}
        {number("floodWindowSeconds", "Flood window (seconds)", "How far back the flood rule looks.", settings.floodWindowSeconds)}
        {number("commentMaxLength", "Longest comment (characters)", "Longer comments are refused with a message.", settings.commentMaxLength)}
      </fieldset>

      <fieldset className={styles.settingsGroup}>
        <legend>Words</legend>
        {words("bannedWords", "Banned words", "A comment containing one of these is refused.")}
        {words("suspectWords", "Suspect words", "A comment containing one of these waits for a moderator.")}
      </fieldset>

      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : "Save settings"}
      </button>
      <FormMessage result={result} successText="Settings saved." />
    </form>
  );
}
