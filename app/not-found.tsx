import type { Metadata } from "next";
import { AnonymousAccountMenu } from "@/components/site/account-menu";
import { PageNotFound } from "@/components/site/page-not-found";
import { SiteChrome } from "@/components/site/site-chrome";

export const metadata: Metadata = { title: "Page not found" };

// Addresses no route matches end here, outside every route group's layout, so this one brings
// its own header and footer (the anonymous menu: it must read nothing from the request, as it is
// rendered with every page). notFound() inside a group ends at that group's not-found.tsx, which
// sits inside the group's chrome.
export default function NotFound() {
  return (
    <SiteChrome accountMenu={<AnonymousAccountMenu />}>
      <PageNotFound />
    </SiteChrome>
  );
}
