import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rule that keeps the layers pointing down (app -> components -> lib), run through
// ESLint's own API with the repository's eslint.config.mjs, as `npm run lint` runs it in CI.
const repo = join(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: repo });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repo, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message);
}

const IMPORTS_APP = `import { signInAction } from "@/app/(auth)/sign-in/actions";\nexport const action = signInAction;\n`;
const IMPORTS_APP_RELATIVELY = `import type { TPage } from "../../app/(admin)/admin/articles/[id]/edit/actions";\nexport type TCopy = TPage;\n`;
const IMPORTS_COMPONENTS = `import { FieldShell } from "@/components/ui/field";\nexport const shell = FieldShell;\n`;
const IMPORTS_DOWNWARD = `import { formatDate } from "@/lib/dates/format-date";\nexport const format = formatDate;\n`;

describe("layer import rule", () => {
  it("refuses components/ importing from app/, by alias or by relative path", async () => {
    expect(await layerErrors("components/auth/probe-form.tsx", IMPORTS_APP)).toEqual([expect.stringContaining("may not import from app/")]);
    expect(await layerErrors("components/editor/probe-dialog.tsx", IMPORTS_APP_RELATIVELY)).toEqual([expect.stringContaining("may not import from app/")]);
  });

  it("refuses lib/ importing from app/ or from components/", async () => {
    expect(await layerErrors("lib/auth/probe.ts", IMPORTS_APP)).toEqual([expect.stringContaining("may not import from app/")]);
    expect(await layerErrors("lib/auth/probe.ts", IMPORTS_COMPONENTS)).toEqual([expect.stringContaining("lib/ may not import from components/")]);
  });

  it("lets imports point down: components/ and lib/ from lib/, app/ from anywhere below", async () => {
    expect(await layerErrors("components/auth/probe-form.tsx", IMPORTS_DOWNWARD)).toEqual([]);
    expect(await layerErrors("components/auth/probe-form.tsx", IMPORTS_COMPONENTS)).toEqual([]);
    expect(await layerErrors("lib/auth/probe.ts", IMPORTS_DOWNWARD)).toEqual([]);
    expect(await layerErrors("app/(auth)/sign-in/probe.tsx", IMPORTS_APP)).toEqual([]);
    expect(await layerErrors("app/(auth)/sign-in/probe.tsx", IMPORTS_COMPONENTS)).toEqual([]);
  });
});
