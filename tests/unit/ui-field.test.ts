import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Field, type TFieldControlProps } from "@/components/ui/field";

// The one form field (components/ui/field.tsx): its control must name the hint and the error
// that a screen reader reads with it, and say when it is in error. Field uses no hooks, so it is
// called as a function here.
type TFieldTestProps = { hint?: string; error?: string; look?: "form" | "auth"; control?: "input" | "select" };

function renderField({ hint, error, look, control = "input" }: TFieldTestProps): string {
  const children = (props: TFieldControlProps) => createElement(control, props);
  return renderToStaticMarkup(Field({ id: "profile-name", label: "Display name", hint, error, look, children }));
}

describe("Field", () => {
  it("labels its control, and without hint or error describes nothing and is not invalid", () => {
    const html = renderField({});
    expect(html).toContain('<label for="profile-name">Display name</label>');
    expect(html).toContain('<input id="profile-name"/>');
  });

  it("ties the hint and the error to the control, and marks it invalid", () => {
    const html = renderField({ hint: "Shown with your comments.", error: "Choose a shorter name.", control: "select" });
    expect(html).toContain('<select id="profile-name" aria-invalid="true" aria-describedby="profile-name-hint profile-name-error">');
    expect(html).toContain('<p id="profile-name-hint" class="field-hint">Shown with your comments.</p>');
    expect(html).toContain('<p id="profile-name-error" class="field-error">Choose a shorter name.</p>');
  });

  it("describes the control by its hint alone while there is no error", () => {
    const html = renderField({ hint: "At least 12 characters.", look: "auth" });
    expect(html).toContain('<input id="profile-name" aria-describedby="profile-name-hint"/>');
    expect(html).toContain('<div class="auth-field">');
    expect(html).not.toContain("aria-invalid");
  });
});
