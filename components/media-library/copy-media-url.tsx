"use client";

import { useState } from "react";

/** The URL in a read-only field (selectable without JavaScript) and a Copy button. */
export function CopyMediaUrl({ id, url }: { id: string; url: string }) {
  const [copied, setCopied] = useState(false);
  const inputId = `media-url-${id}`;
  return (
    <div className="media-url">
      <label htmlFor={inputId}>Image URL</label>
      <input id={inputId} type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
      <button
        type="button"
        className="button button--quiet"
        onClick={async () => {
          await navigator.clipboard.writeText(new URL(url, window.location.origin).href);
          setCopied(true);
        }}
      >
        {copied ? "Copied" : "Copy URL"}
      </button>
    </div>
  );
}
