"use client";

import { useState, useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

/**
 * "Copy link", as a list item of the share links. Shown only once the page runs JavaScript with
 * a clipboard (the server renders nothing), so no reader meets a button that does nothing.
 */
export function CopyLinkButton({ url }: { url: string }) {
  const canCopy = useSyncExternalStore(
    subscribeNever,
    () => typeof navigator.clipboard?.writeText === "function",
    () => false,
  );
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  if (!canCopy) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  };
  return (
    <li>
      <button type="button" className="share__copy" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="share__status" role="status">
        {status === "copied" ? "Link copied" : status === "failed" ? "Could not copy; copy the address bar instead" : ""}
      </span>
    </li>
  );
}
