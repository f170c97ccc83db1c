"use client";

import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { createPortal } from "react-dom";
import type { TMediaPickerPage } from "@/lib/articles/write/editor-action-results";
import type { TActionResult } from "@/lib/actions";
import { isSafeUrl } from "@/lib/content/safe-url";
import type { TMediaItem } from "@/lib/media/media-item";
import { postImageUpload } from "@/components/media-library/post-image-upload";
import styles from "./image-dialog.module.css";

/** The server side of the dialog's library: given by the editor page, absent where there is none. */
export type TEditorMediaActions = {
  list: (input: { query: string; after: string | null }) => Promise<TMediaPickerPage>;
};

export type TImageAttrs = { src: string; alt: string; caption?: string; credit?: string };

type TSource = "library" | "upload" | "address";

// The stored document's limits (lib/content/document-schema.ts); the library allows longer
// captions, so a prefilled one is checked here rather than refused by the next save.
const ALT_MAX = 500;
const CAPTION_MAX = 500;
const CREDIT_MAX = 200;
const ACCEPTED_IMAGE_TYPES = "image/jpeg,image/png,image/webp,image/gif";

type TDetails = { src: string; alt: string; caption: string; credit: string };
const EMPTY_DETAILS: TDetails = { src: "", alt: "", caption: "", credit: "" };

type TImageDialogProps = {
  media: TEditorMediaActions | null;
  onInsert: (attrs: TImageAttrs) => void;
  onClose: () => void;
};

/**
 * Insert an image from the media library (searched, a page at a time), from a new upload, or
 * from an address. A library image brings its alt text, caption and credit, which can be edited
 * for this article; one without alt text is refused, with a link to describe it first.
 */
export function ImageDialog({ media, onInsert, onClose }: TImageDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [source, setSource] = useState<TSource>(media ? "library" : "address");
  const [chosen, setChosen] = useState<TMediaItem | null>(null);
  const [details, setDetails] = useState<TDetails>(EMPTY_DETAILS);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  function choose(item: TMediaItem) {
    setError(null);
    setChosen(item);
    if (item.isUsable) setDetails({ src: item.largestVariantUrl, alt: item.altText, caption: item.caption ?? "", credit: item.credit ?? "" });
    else setDetails(EMPTY_DETAILS);
  }

  function switchSource(next: TSource) {
    setSource(next);
    setChosen(null);
    setDetails(EMPTY_DETAILS);
    setError(null);
  }

  function insert(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Rendered in a portal, but React events still bubble to the article form: stop them here.
    event.stopPropagation();
    const src = details.src.trim();
    const alt = details.alt.trim();
    const caption = details.caption.trim();
    const credit = details.credit.trim();
    if (!isSafeUrl(src)) return setError("Image addresses must start with https://, http:// or /");
    if (!alt) return setError("Describe the image for readers who cannot see it (alt text).");
    if (alt.length > ALT_MAX) return setError(`Keep the alt text under ${ALT_MAX} characters.`);
    if (caption.length > CAPTION_MAX) return setError(`Captions in an article can be at most ${CAPTION_MAX} characters.`);
    if (credit.length > CREDIT_MAX) return setError(`Credits can be at most ${CREDIT_MAX} characters.`);
    onInsert({ src, alt, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) });
  }

  const showsDetails = source === "address" || (chosen !== null && chosen.isUsable);

  return createPortal(
    <dialog ref={dialogRef} className={`editor-dialog ${styles.dialog}`} aria-labelledby="image-dialog-title" onClose={onClose}>
      <div className="admin-form">
        <h2 id="image-dialog-title">Insert image</h2>
        {media ? (
          <fieldset className={styles.sources}>
            <legend>Image from</legend>
            {(
              [
                ["library", "Media library"],
                ["upload", "Upload"],
                ["address", "Address"],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className={styles.source}>
                <input type="radio" name="image-source" value={value} checked={source === value} onChange={() => switchSource(value)} />
                {label}
              </label>
            ))}
          </fieldset>
        ) : null}

        {media && source === "library" ? <LibraryPicker list={media.list} chosenId={chosen?.id ?? null} onChoose={choose} /> : null}
        {media && source === "upload" ? <UploadPanel onUploaded={choose} /> : null}

        {chosen && !chosen.isUsable ? (
          <p role="alert" className="field-error">
            “{chosen.originalName}” has no alt text yet, so it cannot go in an article.{" "}
            <a href={`/admin/media/${encodeURIComponent(chosen.id)}`} target="_blank" rel="noopener">
              Add its alt text in the media library
            </a>{" "}
            (opens in a new tab), then search again here.
          </p>
        ) : null}

        {showsDetails ? (
          <form onSubmit={insert} className={styles.details} aria-label="Image details">
            {source === "address" ? (
              <DetailField name="src" label="Image address" required value={details.src} onChange={(src) => setDetails({ ...details, src })} />
            ) : (
              <ChosenPreview item={chosen} />
            )}
            <DetailField
              name="alt"
              label="Alt text"
              required
              hint="Describe the image for readers who cannot see it."
              value={details.alt}
              onChange={(alt) => setDetails({ ...details, alt })}
            />
            <DetailField name="caption" label="Caption" value={details.caption} onChange={(caption) => setDetails({ ...details, caption })} />
            <DetailField name="credit" label="Credit" value={details.credit} onChange={(credit) => setDetails({ ...details, credit })} />
            {error ? (
              <p role="alert" className="field-error">
                {error}
              </p>
            ) : null}
            <div className="editor-dialog-actions">
              <button type="submit">Insert image</button>
              <button type="button" className="button--secondary" onClick={() => dialogRef.current?.close()}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <div className="editor-dialog-actions">
            <button type="button" className="button--secondary" onClick={() => dialogRef.current?.close()}>
              Cancel
            </button>
          </div>
        )}
      </div>
    </dialog>,
    document.body,
  );
}

function DetailField({ name, label, value, onChange, required = false, hint }: { name: string; label: string; value: string; onChange: (value: string) => void; required?: boolean; hint?: string }) {
  const id = `image-dialog-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? "" : " (optional)"}
      </label>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <input id={id} type="text" required={required} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

function ChosenPreview({ item }: { item: TMediaItem | null }) {
  if (!item) return null;
  const thumbnail = item.variants[0] ?? { url: item.url, width: item.width, height: item.height };
  return (
    <div className={styles.preview}>
      {/* eslint-disable-next-line @next/next/no-img-element -- our own stored variants */}
      <img src={thumbnail.url} width={thumbnail.width} height={thumbnail.height} alt="" className={styles.thumbnail} />
      <p className="meta">
        Chosen: {item.originalName} · {item.width}×{item.height}
      </p>
    </div>
  );
}

type TLibraryState = { items: TMediaItem[]; nextCursor: string | null; query: string; status: "loading" | "ready" | "error"; message: string | null };

function LibraryPicker({ list, chosenId, onChoose }: { list: TEditorMediaActions["list"]; chosenId: string | null; onChoose: (item: TMediaItem) => void }) {
  const [search, setSearch] = useState("");
  const [state, setState] = useState<TLibraryState>({ items: [], nextCursor: null, query: "", status: "loading", message: null });
  // Only the latest request may write the list: an older search answering late is ignored.
  const requestNumber = useRef(0);

  /** Fetches a page and shows it; state changes only once the answer is in (effect-safe). */
  const fetchPage = useCallback(
    async (query: string, after: string | null) => {
      const request = ++requestNumber.current;
      let page: TMediaPickerPage;
      try {
        page = await list({ query, after });
      } catch {
        page = { ok: false, message: "Could not reach the server. Try again in a moment." };
      }
      if (request !== requestNumber.current) return;
      setState((previous) =>
        page.ok
          ? { items: after ? [...previous.items, ...page.items] : page.items, nextCursor: page.nextCursor, query, status: "ready", message: null }
          : { ...previous, status: "error", message: page.message },
      );
    },
    [list],
  );

  function load(query: string, after: string | null) {
    setState((previous) => ({ ...previous, status: "loading", message: null, ...(after ? {} : { items: [], nextCursor: null }) }));
    void fetchPage(query, after);
  }

  useEffect(() => {
    void fetchPage("", null);
  }, [fetchPage]);

  return (
    <div className={styles.library}>
      <form
        role="search"
        className={styles.search}
        onSubmit={(event) => {
          event.preventDefault();
          event.stopPropagation();
          load(search.trim(), null);
        }}
      >
        <label htmlFor="image-dialog-search">Search the library</label>
        <input id="image-dialog-search" type="search" value={search} maxLength={100} onChange={(event) => setSearch(event.target.value)} />
        <button type="submit">Search</button>
      </form>
      <p role="status" className="meta">
        {state.status === "loading"
          ? "Loading images…"
          : state.status === "error"
            ? state.message
            : state.items.length === 0
              ? state.query
                ? `No images match “${state.query}”.`
                : "The library is empty: upload an image."
              : state.query
                ? `Images matching “${state.query}”, newest first.`
                : "Recent uploads, newest first."}
      </p>
      {state.items.length > 0 ? (
        <ul role="list" className={styles.grid} aria-label="Library images">
          {state.items.map((item) => {
            const thumbnail = item.variants[0] ?? { url: item.url, width: item.width, height: item.height };
            return (
              <li key={item.id}>
                <button type="button" className={styles.item} aria-pressed={item.id === chosenId} onClick={() => onChoose(item)}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- our own stored variants */}
                  <img src={thumbnail.url} width={thumbnail.width} height={thumbnail.height} alt="" className={styles.thumbnail} loading="lazy" />
                  <span className={styles.itemText}>{item.isUsable ? item.altText : `${item.originalName} (needs alt text)`}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {state.nextCursor ? (
        <button type="button" className="button--secondary" disabled={state.status === "loading"} onClick={() => load(state.query, state.nextCursor)}>
          More images
        </button>
      ) : null}
    </div>
  );
}

function UploadPanel({ onUploaded }: { onUploaded: (item: TMediaItem) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [altText, setAltText] = useState("");
  const [isUploading, setIsUploading] = useState(false);
  const [result, setResult] = useState<TActionResult<TMediaItem> | null>(null);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    event.stopPropagation();
    if (!file) return;
    const formData = new FormData();
    formData.set("file", file);
    formData.set("altText", altText);
    setIsUploading(true);
    // The upload endpoint, not a server action: uploads have their own body limit.
    const outcome = await postImageUpload(formData);
    setIsUploading(false);
    setResult(outcome);
    if (outcome.ok) onUploaded(outcome.data);
  }

  const fieldErrors = result && !result.ok ? result.fieldErrors : {};
  return (
    <form onSubmit={send} className={styles.upload} aria-label="Upload an image">
      <div className="field">
        <label htmlFor="image-dialog-file">Image file</label>
        <p className="field-hint">JPEG, PNG, WebP or GIF. It is added to the media library too.</p>
        <input id="image-dialog-file" type="file" accept={ACCEPTED_IMAGE_TYPES} required onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        {fieldErrors.file ? <p className="field-error">{fieldErrors.file}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="image-dialog-upload-alt">Alt text</label>
        <input id="image-dialog-upload-alt" type="text" required maxLength={300} value={altText} onChange={(event) => setAltText(event.target.value)} />
        {fieldErrors.altText ? <p className="field-error">{fieldErrors.altText}</p> : null}
      </div>
      <button type="submit" disabled={isUploading || !file}>
        {isUploading ? "Uploading…" : "Upload"}
      </button>
      {isUploading ? <progress aria-label="Uploading the image" /> : null}
      {result && !result.ok && Object.keys(result.fieldErrors).length === 0 ? <p className="field-error">{result.message}</p> : null}
      {result?.ok ? <p className="meta">Uploaded. Check the details below, then insert it.</p> : null}
    </form>
  );
}
