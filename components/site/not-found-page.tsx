import { notFound } from "next/navigation";
import { Suspense } from "react";
import { answerWithStatus } from "@/lib/http/response-status";
import { PageNotFound } from "./page-not-found";

/**
 * What a reader page returns for an unknown article, author, topic or month, instead of calling
 * notFound() itself. A notFound() thrown outside any Suspense boundary makes Next answer with
 * its error shell, whose body is empty until scripts run (vercel/next.js#62228: a reader
 * without JavaScript sees a blank page). Here the message is part of the page, and notFound()
 * is raised inside a boundary below it: Next still answers 404 (and keeps the entry briefly,
 * lib/cache/cache-entry-policy.mjs), the server HTML carries the message, and once scripts run,
 * the route's not-found.tsx shows the same words. That holds for the cached copy, which Next
 * renders whole before answering; the live copy's status goes out with the first bytes, before
 * the boundary's error, so it is asked for directly (lib/http/response-status.ts).
 */
export function NotFoundPage() {
  answerWithStatus(404);
  return (
    <>
      <PageNotFound />
      <Suspense fallback={null}>
        <RaiseNotFound />
      </Suspense>
    </>
  );
}

async function RaiseNotFound(): Promise<never> {
  notFound();
}
