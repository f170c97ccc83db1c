// Every server action and route handler, replayed by someone who must not use it: anonymous and a
// member. The lists below are checked against the source (every "use server" export and every
// route.ts method) and against the build's action manifest, so a new endpoint that nobody added
// here fails this spec until someone says who may call it, and then the replay checks it.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { roleCan, type TPermission } from "@/lib/auth/permissions";
import { createUser } from "../factories";
import { signInAs } from "./helpers/session";

type TAccess = "anyone" | "signed-in" | TPermission;

/** Who may call each server action: "<file>#<export>" → the access lib/actions.ts checks first. */
const ACTIONS: Record<string, TAccess> = {
  "app/(admin)/admin/articles/[id]/actions.ts#submitForReviewAction": "article:write-own",
  "app/(admin)/admin/articles/[id]/actions.ts#publishNowAction": "article:publish",
  "app/(admin)/admin/articles/[id]/actions.ts#schedulePublishAction": "article:publish",
  "app/(admin)/admin/articles/[id]/actions.ts#scheduleUnpublishAction": "article:edit-any",
  "app/(admin)/admin/articles/[id]/actions.ts#unpublishArticleAction": "article:edit-any",
  "app/(admin)/admin/articles/[id]/actions.ts#archiveArticleAction": "article:edit-any",
  "app/(admin)/admin/articles/[id]/actions.ts#deleteArticleAction": "article:delete",
  "app/(admin)/admin/articles/[id]/edit/actions.ts#saveArticleAction": "article:write-own",
  "app/(admin)/admin/articles/[id]/edit/actions.ts#listMediaForEditorAction": "article:write-own",
  "app/(admin)/admin/articles/[id]/revisions/actions.ts#restoreRevisionAction": "article:write-own",
  "app/(admin)/admin/articles/new/actions.ts#createArticleDraftAction": "article:write-own",
  "app/(admin)/admin/comments/actions.ts#moderateCommentsAction": "comment:moderate",
  "app/(admin)/admin/comments/actions.ts#setArticleCommentsClosedAction": "comment:moderate",
  "app/(admin)/admin/comments/members/[id]/actions.ts#banMemberAction": "comment:moderate",
  "app/(admin)/admin/comments/members/[id]/actions.ts#unbanMemberAction": "comment:moderate",
  "app/(admin)/admin/comments/members/[id]/actions.ts#shadowBanMemberAction": "comment:moderate",
  "app/(admin)/admin/comments/members/[id]/actions.ts#unshadowBanMemberAction": "comment:moderate",
  "app/(admin)/admin/comments/members/[id]/actions.ts#addModeratorNoteAction": "comment:moderate",
  "app/(admin)/admin/jobs/actions.ts#cancelJobAction": "article:publish",
  "app/(admin)/admin/jobs/actions.ts#rescheduleJobAction": "article:publish",
  "app/(admin)/admin/media/actions.ts#updateMediaAction": "article:write-own",
  "app/(admin)/admin/media/actions.ts#deleteMediaAction": "article:edit-any",
  "app/(admin)/admin/settings/actions.ts#updateSiteSettingsAction": "settings:manage",
  "app/(admin)/admin/import/actions.ts#importCheckedRunAction": "settings:manage",
  "app/(admin)/admin/integrations/actions.ts#createApiKeyAction": "integrations:manage",
  "app/(admin)/admin/integrations/actions.ts#revokeApiKeyAction": "integrations:manage",
  "app/(admin)/admin/integrations/actions.ts#createWebhookAction": "integrations:manage",
  "app/(admin)/admin/integrations/actions.ts#pauseWebhookAction": "integrations:manage",
  "app/(admin)/admin/integrations/actions.ts#resumeWebhookAction": "integrations:manage",
  "app/(admin)/admin/integrations/actions.ts#deleteWebhookAction": "integrations:manage",
  "app/(admin)/admin/integrations/actions.ts#updateIntegrationSettingsAction": "integrations:manage",
  "app/(admin)/admin/users/[id]/actions.ts#changeUserRoleAction": "user:manage",
  "app/(admin)/admin/users/[id]/actions.ts#setUserTierAction": "user:manage",
  "app/(admin)/admin/users/[id]/actions.ts#inviteStaffMemberAction": "user:manage",
  // Public by nature: each is rate limited or checks a signed token inside.
  "app/(auth)/reset-password/actions.ts#requestPasswordResetAction": "anyone",
  "app/(auth)/reset-password/confirm/actions.ts#resetPasswordAction": "anyone",
  "app/(auth)/sign-in/actions.ts#signInAction": "anyone",
  "app/(auth)/sign-up/actions.ts#signUpAction": "anyone",
  "app/(auth)/sign-out/actions.ts#signOutAction": "anyone",
  "app/(auth)/sign-out/actions.ts#signOutEverywhereAction": "anyone",
  "app/(auth)/verify-email/actions.ts#verifyEmailAction": "anyone",
  "app/(site)/unsubscribe/actions.ts#unsubscribeReplyEmailsAction": "anyone",
  "app/(auth)/verify-email/actions.ts#resendVerificationAction": "signed-in",
  "app/(site)/account/actions.ts#updateProfileAction": "profile:edit-own",
  "app/(site)/account/actions.ts#changePasswordAction": "profile:edit-own",
  "app/(site)/account/actions.ts#deleteAccountAction": "profile:edit-own",
  "app/(site)/account/actions.ts#updateReplyEmailsAction": "profile:edit-own",
  "app/(site)/articles/[slug]/comment-actions.ts#postCommentAction": "comment:create",
  "app/(site)/articles/[slug]/comment-actions.ts#editCommentAction": "comment:create",
  "app/(site)/articles/[slug]/comment-actions.ts#deleteCommentAction": "comment:create",
  "app/(site)/articles/[slug]/comment-actions.ts#setCommentLikeAction": "comment:create",
  "app/(site)/articles/[slug]/comment-actions.ts#reportCommentAction": "comment:create",
};

type TRouteAccess = { access: TAccess; path: string; body?: string; contentType?: string };

/**
 * Route handlers anyone may call: public reads, and endpoints authenticated by something other
 * than the session (a signed body, a token in the link, a content API key). Not replayed.
 */
const PUBLIC_ROUTES = [
  "app/api/content/articles/route.ts#GET",
  "app/api/content/articles/[slug]/route.ts#GET",
  "app/api/content/articles/[slug]/comments/route.ts#GET",
  "app/api/content/authors/route.ts#GET",
  "app/api/content/tags/route.ts#GET",
  "app/api/content/openapi.json/route.ts#GET",
  "app/api/health/route.ts#GET",
  "app/(site)/old-address/[...path]/route.ts#GET",
  "app/(site)/articles/[slug]/share-image.png/route.tsx#GET",
  "app/(site)/atom.xml/route.ts#GET",
  "app/(site)/authors/[handle]/atom.xml/route.ts#GET",
  "app/(site)/authors/[handle]/feed.json/route.ts#GET",
  "app/(site)/authors/[handle]/feed.xml/route.ts#GET",
  "app/(site)/feed.json/route.ts#GET",
  "app/(site)/feed.xml/route.ts#GET",
  "app/(site)/tags/[slug]/atom.xml/route.ts#GET",
  "app/(site)/tags/[slug]/feed.json/route.ts#GET",
  "app/(site)/tags/[slug]/feed.xml/route.ts#GET",
  "app/(site)/unsubscribe/one-click/route.ts#GET",
  "app/(site)/unsubscribe/one-click/route.ts#POST",
  "app/api/articles/[id]/comments/since/route.ts#GET",
  "app/api/views/route.ts#POST",
  "app/media/[...key]/route.ts#GET",
  "app/(admin)/admin/jobs/revalidate/route.ts#POST",
];

/** Who may call each route handler: "<file>#<METHOD>", and where to replay a guarded one. */
const ROUTES: Record<string, TRouteAccess> = {
  ...Object.fromEntries(PUBLIC_ROUTES.map((key): [string, TRouteAccess] => [key, { access: "anyone", path: "" }])),
  "app/(admin)/admin/media/upload/route.ts#POST": { access: "article:write-own", path: "/admin/media/upload", contentType: "multipart/form-data; boundary=x", body: "--x--\r\n" },
  "app/(admin)/admin/import/upload/route.ts#POST": { access: "settings:manage", path: "/admin/import/upload", contentType: "multipart/form-data; boundary=x", body: "--x--\r\n" },
  "app/(admin)/admin/analytics/csv/[chart]/route.ts#GET": { access: "article:write-own", path: "/admin/analytics/csv/views" },
  "app/(admin)/admin/analytics/articles/[id]/csv/route.ts#GET": { access: "article:write-own", path: "/admin/analytics/articles/x/csv" },
  "app/api/newsroom/articles/route.ts#POST": { access: "article:write-own", path: "/api/newsroom/articles", contentType: "application/json", body: "{}" },
  "app/api/articles/[id]/comments/route.ts#POST": { access: "comment:create", path: "/api/articles/x/comments", contentType: "application/json", body: "{}" },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [relative(process.cwd(), path)] : [];
  });
}

const files = sourceFiles("app");
const exported = (source: string) => [...source.matchAll(/^export (?:async function|const|function) (\w+)/gm)].map((match) => match[1] ?? "");

/** Every export of every "use server" module: each one is a public POST endpoint. */
function sourceActions(): string[] {
  return files
    .filter((file) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(file, "utf8")))
    .flatMap((file) => exported(readFileSync(file, "utf8")).map((name) => `${file}#${name}`));
}

function sourceRoutes(): string[] {
  const methods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
  return files
    .filter((file) => /(^|\/)route\.tsx?$/.test(file))
    .flatMap((file) => exported(readFileSync(file, "utf8")).filter((name) => methods.has(name)).map((name) => `${file}#${name}`));
}

type TManifestEntry = { filename?: string; exportedName?: string; workers: Record<string, unknown> };

/** A public address served by a page that imports the action: "app/(admin)/admin/x/[id]/page" → "/admin/x/x". */
function pagePath(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment) && segment !== "live" && segment !== "page")
    .map((segment) => (segment.startsWith("[") ? "x" : segment));
  return `/${segments.join("/")}`;
}

function manifestActions(): { id: string; key: string; path: string }[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, TManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).find((name) => !name.includes("/cached/")) ?? "app/page";
    return { id, key: `${entry.filename}#${entry.exportedName}`, path: pagePath(worker) };
  });
}

test("every server action and route handler is listed with who may call it", () => {
  const unlisted = [...sourceActions(), ...manifestActions().map((action) => action.key)].filter((key) => !(key in ACTIONS));
  expect(unlisted, "new server actions: add each to ACTIONS with who may call it").toEqual([]);
  const unlistedRoutes = sourceRoutes().filter((key) => !(key in ROUTES));
  expect(unlistedRoutes, "new route handlers: add each to ROUTES with who may call it").toEqual([]);
  // And the lists name nothing that is gone.
  expect(Object.keys(ACTIONS).filter((key) => !sourceActions().includes(key))).toEqual([]);
  expect(Object.keys(ROUTES).filter((key) => !sourceRoutes().includes(key))).toEqual([]);
});

/** Sends a server action the way React's client does, with arguments it did not expect. */
function replayAction(request: APIRequestContext, baseURL: string, { id, path }: { id: string; path: string }) {
  return request.post(path, {
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: baseURL },
    data: "[null,null]",
    maxRedirects: 0,
  });
}

function replayRoute(request: APIRequestContext, baseURL: string, route: (typeof ROUTES)[string], method: string) {
  return request.fetch(route.path, {
    method,
    headers: { origin: baseURL, accept: "application/json", ...(route.contentType ? { "content-type": route.contentType } : {}) },
    data: route.body,
    maxRedirects: 0,
  });
}

test("anonymous callers are refused by every guarded action and route handler, before the input is read", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  for (const action of manifestActions()) {
    const key = action.key;
    if (ACTIONS[key] === "anyone") continue;
    const response = await replayAction(request, baseURL ?? "", action);
    expect(response.status(), `${key} as anonymous`).toBe(401);
  }
  for (const [key, route] of Object.entries(ROUTES)) {
    if (route.access === "anyone") continue;
    const response = await replayRoute(request, baseURL ?? "", route, key.split("#")[1] ?? "GET");
    expect(response.status(), `${key} as anonymous`).toBe(401);
  }
  await request.dispose();
});

test("a member is refused by every staff action and route handler, and never sees a field message", async ({ page, baseURL }) => {
  await signInAs(page, await createUser({ role: "MEMBER" }));
  for (const action of manifestActions()) {
    const key = action.key;
    const access = ACTIONS[key];
    if (!access || access === "anyone" || access === "signed-in" || roleCan("MEMBER", access)) continue;
    const response = await replayAction(page.request, baseURL ?? "", action);
    expect(response.status(), `${key} as a member`).toBe(403);
    expect(await response.text(), `${key} as a member`).not.toContain("fieldErrors\":{\"");
  }
  for (const [key, route] of Object.entries(ROUTES)) {
    if (route.access === "anyone" || route.access === "signed-in" || roleCan("MEMBER", route.access)) continue;
    const response = await replayRoute(page.request, baseURL ?? "", route, key.split("#")[1] ?? "GET");
    expect(response.status(), `${key} as a member`).toBe(403);
  }
});

test("an upload is refused before its body is read: too large, or from another site", async ({ page, baseURL }) => {
  await signInAs(page, await createUser({ role: "AUTHOR" }));
  // 20 MB declared, more than MEDIA_MAX_UPLOAD_BYTES: refused on the header alone.
  const big = Buffer.alloc(20 * 1024 * 1024, 0x61);
  const tooLarge = await page.request.post("/admin/media/upload", {
    headers: { origin: baseURL ?? "", accept: "application/json", "content-type": "multipart/form-data; boundary=x" },
    data: big,
  });
  expect(tooLarge.status()).toBe(413);
  const crossSite = await page.request.post("/admin/media/upload", {
    headers: { origin: "https://evil.example", accept: "application/json", "content-type": "multipart/form-data; boundary=x" },
    data: "--x--\r\n",
  });
  expect(crossSite.status()).toBe(403);
});

test("server actions take at most about 1 MB", async ({ page, baseURL }) => {
  await signInAs(page, await createUser({ role: "MEMBER" }));
  const action = manifestActions().find((entry) => entry.key.endsWith("#updateProfileAction"));
  const response = await page.request.post(action?.path ?? "/account", {
    headers: { "next-action": action?.id ?? "", "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: baseURL ?? "" },
    data: `[null,"${"a".repeat(2 * 1024 * 1024)}"]`,
    maxRedirects: 0,
  });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(response.ok()).toBe(false);
});
