"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FieldError, fieldErrorOf, FormMessage } from "@/components/admin/form-feedback";
import { Field } from "@/components/ui/field";
import type { TActionResult } from "@/lib/actions";

const FORM_ID = "import-upload";
/** The upload's own endpoint (app/(admin)/admin/import/upload/route.ts): exports exceed an action's 1 MB. */
const UPLOAD_URL = "/admin/import/upload";

type TUploadResult = TActionResult<{ runId: string }>;

/**
 * Upload an export, then check it (dry run) or import it. Without JavaScript a plain multipart
 * post to the upload endpoint, which redirects to the run's page (or back here with the reason);
 * with it, the same post by fetch, so a refusal is shown beside the field without a reload.
 */
export function ImportUploadForm({ maxMegabytes, problem }: { maxMegabytes: number; problem?: string }) {
  const router = useRouter();
  const [result, setResult] = useState<TUploadResult | null>(problem ? { ok: false, status: 400, message: problem, fieldErrors: {} } : null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    setPending(true);
    try {
      const response = await fetch(UPLOAD_URL, { method: "POST", body: formData, headers: { accept: "application/json" } });
      const body = (await response.json()) as { ok: boolean; message?: string; fieldErrors?: Record<string, string>; data?: { runId: string } };
      if (body.ok && body.data) {
        router.push(`/admin/import/${encodeURIComponent(body.data.runId)}`);
        return;
      }
      setResult({ ok: false, status: response.status, message: body.message ?? "The upload failed.", fieldErrors: body.fieldErrors ?? {} });
    } catch {
      setResult({ ok: false, status: 0, message: "The upload did not reach Masthead. Check your connection and try again.", fieldErrors: {} });
    }
    setPending(false);
  }

  return (
    <form action={UPLOAD_URL} method="post" encType="multipart/form-data" onSubmit={submit} className="admin-form" id={FORM_ID} aria-busy={pending}>
      <fieldset className="field">
        <legend>Exported from</legend>
        <label>
          <input type="radio" name="format" value="wordpress" defaultChecked /> WordPress (Tools → Export, an .xml file)
        </label>
        <label>
          <input type="radio" name="format" value="ghost" /> Ghost (Settings → Migration → Export, a .json file)
        </label>
        <FieldError result={result} formId={FORM_ID} field="format" />
      </fieldset>
      <Field
        id={`${FORM_ID}-file`}
        label="Export file"
        hint={`Up to ${maxMegabytes} MB; gzip larger exports (.xml.gz, .json.gz) or use the command line.`}
        error={fieldErrorOf(result, "file")}
      >
        {(control) => <input {...control} type="file" name="file" accept=".xml,.json,.gz,application/xml,text/xml,application/json,application/gzip" required />}
      </Field>
      <div>
        <button type="submit" name="mode" value="check" className="button" disabled={pending}>
          Check the file (dry run)
        </button>{" "}
        <button type="submit" name="mode" value="import" className="button" disabled={pending}>
          Import now
        </button>
        {pending ? <progress aria-label="Uploading the export" /> : null}
      </div>
      <FormMessage result={result} successText="Import started." />
    </form>
  );
}
