"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { FieldError, FormMessage, fieldErrorProps, type TFormAction } from "@/components/admin/form-feedback";

const FORM_ID = "import-upload";

/** Upload an export, then check it (dry run) or import it. A plain multipart post without JavaScript. */
export function ImportUploadForm({ action, maxMegabytes }: { action: TFormAction<{ runId: string }>; maxMegabytes: number }) {
  const [result, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="admin-form" id={FORM_ID}>
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
      <div className="field">
        <label htmlFor={`${FORM_ID}-file`}>Export file</label>
        <p className="field-hint" id={`${FORM_ID}-file-hint`}>
          Up to {maxMegabytes} MB; gzip larger exports (.xml.gz, .json.gz) or use the command line.
        </p>
        <input id={`${FORM_ID}-file`} type="file" name="file" accept=".xml,.json,.gz,application/xml,text/xml,application/json,application/gzip" required {...fieldErrorProps(result, FORM_ID, "file", `${FORM_ID}-file-hint`)} />
        <FieldError result={result} formId={FORM_ID} field="file" />
      </div>
      <SubmitButtons />
      <FormMessage result={result} successText="Import started." />
    </form>
  );
}

function SubmitButtons() {
  const { pending } = useFormStatus();
  return (
    <div>
      <button type="submit" name="mode" value="check" className="button" disabled={pending}>
        Check the file (dry run)
      </button>{" "}
      <button type="submit" name="mode" value="import" className="button" disabled={pending}>
        Import now
      </button>
      {pending ? <progress aria-label="Uploading the export" /> : null}
    </div>
  );
}
