"use client";

// What a page of this group shows when it fails: components/site/page-error.tsx.
export { PageError as default } from "@/components/site/page-error";
