"use client";

import { useCallback, useEffect, useRef, useState } from "react";

// Saving without losing a word. The editor keeps the only copy of what is being typed; a save
// sends a snapshot and, when it returns, only moves the base version forward: it never writes
// the response into the editor. Changes made while a save was in flight are saved next.
// A conflict stops autosave until the person chooses whose version to keep.

export const AUTOSAVE_DELAY_MS = 1500;

export type TSaveStatus = "saved" | "dirty" | "saving" | "conflict" | "error";

export type TSaveOutcome<TConflict> =
  | { ok: true; version: number }
  | { ok: false; message: string; fieldErrors: Record<string, string>; conflict?: TConflict };

type TSaverOptions<TConflict> = {
  initialVersion: number;
  send: (source: "editor" | "autosave", baseVersion: number) => Promise<TSaveOutcome<TConflict>>;
};

export function useArticleSaver<TConflict>({ initialVersion, send }: TSaverOptions<TConflict>) {
  const [status, setStatus] = useState<TSaveStatus>("saved");
  const [error, setError] = useState<{ message: string; fieldErrors: Record<string, string> } | null>(null);
  const [conflict, setConflict] = useState<TConflict | null>(null);
  const baseVersion = useRef(initialVersion);
  const changeCount = useRef(0);
  const savedChangeCount = useRef(0);
  const inFlight = useRef(false);
  const queued = useRef<"editor" | "autosave" | null>(null);
  const isInConflict = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  const hasUnsavedChanges = useCallback(() => inFlight.current || changeCount.current !== savedChangeCount.current, []);

  const save = useCallback(async (requested: "editor" | "autosave"): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    if (isInConflict.current) return;
    if (inFlight.current) {
      // One more save after this one; an explicit save wins over an autosave.
      queued.current = requested === "editor" || queued.current === "editor" ? "editor" : "autosave";
      return;
    }
    let source: "editor" | "autosave" | null = requested;
    let lastOk = true;
    while (source) {
      if (source === "autosave" && changeCount.current === savedChangeCount.current) break;
      inFlight.current = true;
      setStatus("saving");
      const changesInThisSave = changeCount.current;
      let outcome: TSaveOutcome<TConflict>;
      try {
        outcome = await sendRef.current(source, baseVersion.current);
      } catch {
        outcome = { ok: false, message: "Could not reach the server. Your changes are still here; save again in a moment.", fieldErrors: {} };
      }
      inFlight.current = false;
      lastOk = outcome.ok;
      if (outcome.ok) {
        baseVersion.current = outcome.version;
        savedChangeCount.current = changesInThisSave;
        setError(null);
      } else if (outcome.conflict) {
        isInConflict.current = true;
        queued.current = null;
        setConflict(outcome.conflict);
        setStatus("conflict");
        return;
      } else {
        setError({ message: outcome.message, fieldErrors: outcome.fieldErrors });
      }
      source = queued.current;
      queued.current = null;
    }
    const isClean = changeCount.current === savedChangeCount.current;
    setStatus(isClean ? "saved" : lastOk ? "dirty" : "error");
    if (!isClean && lastOk) timer.current = setTimeout(() => void saveRef.current("autosave"), AUTOSAVE_DELAY_MS);
  }, []);
  const saveRef = useRef(save);

  const markChanged = useCallback(() => {
    changeCount.current += 1;
    if (isInConflict.current) return;
    setStatus((previous) => (previous === "saving" || previous === "error" ? previous : "dirty"));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save("autosave"), AUTOSAVE_DELAY_MS);
  }, [save]);

  /** "Keep mine": save what is in the editor over their version. */
  const keepMine = useCallback((theirVersion: number) => {
    baseVersion.current = theirVersion;
    isInConflict.current = false;
    setConflict(null);
    void save("editor");
  }, [save]);

  /** "Take theirs": the caller has loaded their version into the form; it is what the server has. */
  const takeTheirs = useCallback((theirVersion: number) => {
    baseVersion.current = theirVersion;
    savedChangeCount.current = changeCount.current;
    isInConflict.current = false;
    setConflict(null);
    setError(null);
    setStatus("saved");
  }, []);

  useEffect(() => {
    function warn(event: BeforeUnloadEvent) {
      if (!hasUnsavedChanges()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    }
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [hasUnsavedChanges]);

  return { status, error, conflict, save, markChanged, keepMine, takeTheirs };
}
