// "What if someone without the right sends this action themselves?" Capture the request a real
// page makes for a server action (intercepted, never sent), then replay it from another
// signed-in page exactly as React's client would send it.
import { expect, type APIResponse, type Page } from "@playwright/test";

export type TCapturedAction = { url: string; origin: string; headers: Record<string, string>; body: Buffer };

/** Runs `submit` on `page` and returns the server-action POST it made to `path`, aborted. */
export async function captureServerAction(page: Page, path: string, submit: () => Promise<void>): Promise<TCapturedAction> {
  let captured: TCapturedAction | null = null;
  await page.route(`**${path}`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    const url = new URL(request.url());
    captured = { url: url.toString(), origin: url.origin, headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    return route.abort();
  });
  await submit();
  await expect.poll(() => captured !== null).toBe(true);
  const action = captured as unknown as TCapturedAction;
  expect(action.headers["next-action"]).toBeTruthy();
  return action;
}

/** Sends the captured action from `as` (another signed-in page), with the Next-Action header. */
export function replayServerAction(as: Page, action: TCapturedAction): Promise<APIResponse> {
  return as.request.post(action.url, {
    headers: {
      "next-action": action.headers["next-action"] ?? "",
      "content-type": action.headers["content-type"] ?? "",
      accept: "text/x-component",
      origin: action.origin,
    },
    data: action.body,
    maxRedirects: 0,
  });
}
