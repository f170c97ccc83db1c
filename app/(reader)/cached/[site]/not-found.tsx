import type { Metadata } from "next";
import { PageNotFound } from "@/components/site/page-not-found";

export const metadata: Metadata = { title: "Page not found" };

// notFound() in this group: inside the group's layout, which already has the site's chrome.
export default function NotFound() {
  return <PageNotFound />;
}
