import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Field, type TFieldControlProps } from "@/components/ui/field";

// The one form field (components/ui/field.tsx): its control must name the hint and the error
// that a screen reader reads with it, and say when it is in error. Field uses no hooks, so it is
// called as a function here.
describe("Field", () => {
  it("labels its control, and without hint or error describes nothing and is not invalid", () => {
    const html = renderToStaticMarkup(
      Field({ id: "profile-name", label: "Display name", children: (control: TFieldControlProps) => createElement("input", control) }),
    );
    expect(html).toContain('<label for="profile-name">Display name</label>');
    expect(html).toContain('<input id="profile-name"/>');
  });

  it("ties the hint and the error to the control, and marks it invalid", () => {
    const html = renderToStaticMarkup(
      Field({
        id: "profile-name",
        label: "Display name",
        hint: "Shown with your comments.",
        error: "Choose a shorter name.",
        children: (control: TFieldControlProps) => createElement("select", { ...control, name: "name" }),
      }),
    );
    expect(html).toContain('<select id="profile-name" aria-invalid="true" aria-describedby="profile-name-hint profile-name-error" name="name">');
    expect(html).toContain('<p id="profile-name-hint" class="field-hint">Shown with your comments.</p>');
    expect(html).toContain('<p id="profile-name-error" class="field-error">Choose a shorter name.</p>');
  });

  it("describes the control by its hint alone while there is no error", () => {
    const html = renderToStaticMarkup(
      Field({
        id: "reset-password",
        label: "New password",
        hint: "At least 12 characters.",
        look: "auth",
        children: (control: TFieldControlProps) => createElement("input", control),
      }),
    );
    expect(html).toContain('<input id="reset-password" aria-describedby="reset-password-hint"/>');
    expect(html).toContain('<div class="auth-field">');
    expect(html).not.toContain("aria-invalid");
  });
});
