import { z } from "zod";
import { singleSearchParam } from "@/lib/pagination/single-search-param";

// What a reader asked the search page for, read from the URL (/search?q=...&tag=...). Form data
// and URLs are strings: each field is checked here, with a message that names it, before any of
// it reaches a query or a cache key.

export const SEARCH_RESULTS_PER_PAGE = 10;
/** Ranked results are paged by offset (docs/decisions/0009-search.md); deeper pages are refused. */
export const SEARCH_MAX_PAGES = 20;
export const SEARCH_MAX_QUERY_LENGTH = 200;

export type TSearchField = "q" | "tag" | "author" | "from" | "to" | "page";

export type TSearchRequest = {
  /** The words as the reader typed them, trimmed, runs of spaces collapsed. */
  query: string;
  tag: string | null;
  author: string | null;
  /** First day included, YYYY-MM-DD (UTC), from a date or the first day of a month. */
  from: string | null;
  /** Last day included, YYYY-MM-DD (UTC), from a date or the last day of a month. */
  to: string | null;
  /** 1-based. */
  page: number;
};

export type TParsedSearch = {
  request: TSearchRequest;
  /** Per-field messages; when any is present the search is not run. */
  errors: Partial<Record<TSearchField, string>>;
};

const ZSlugLike = z
  .string()
  .trim()
  .max(200)
  .regex(/^[\p{L}\p{N}_.-]*$/u);

const DATE_OR_MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** "2026-11" or "2026-11-25" to the first (or last) day it covers; null if it is no real date. */
export function parseDateBound(value: string, bound: "start" | "end"): string | null {
  const match = DATE_OR_MONTH.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < 1900 || year > 9999 || month < 1 || month > 12) return null;
  const lastDay = daysInMonth(year, month);
  const day = match[3] === undefined ? (bound === "start" ? 1 : lastDay) : Number(match[3]);
  if (day < 1 || day > lastDay) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function normaliseSearchQuery(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

type TRawParams = Record<string, string | string[] | undefined>;

export function parseSearchRequest(params: TRawParams): TParsedSearch {
  const errors: TParsedSearch["errors"] = {};
  const raw = (name: TSearchField) => singleSearchParam(params[name])?.trim() ?? "";

  const query = normaliseSearchQuery(raw("q"));
  if (query.length > SEARCH_MAX_QUERY_LENGTH) {
    errors.q = `Search words can be at most ${SEARCH_MAX_QUERY_LENGTH} characters.`;
  }

  const slugField = (name: "tag" | "author", label: string): string | null => {
    const value = raw(name);
    if (value === "") return null;
    if (!ZSlugLike.safeParse(value).success) {
      errors[name] = `${label} is not one we know. Choose one from the list.`;
      return null;
    }
    return value;
  };
  const tag = slugField("tag", "That topic");
  const author = slugField("author", "That author");

  const dateField = (name: "from" | "to", bound: "start" | "end", label: string): string | null => {
    const value = raw(name);
    if (value === "") return null;
    const parsed = parseDateBound(value, bound);
    if (parsed === null) errors[name] = `${label} must be a date like 2026-11-25 or a month like 2026-11.`;
    return parsed;
  };
  const from = dateField("from", "start", "From date");
  const to = dateField("to", "end", "To date");
  if (from && to && from > to) errors.to = "To date must be on or after the From date.";

  let page = 1;
  const rawPage = raw("page");
  if (rawPage !== "") {
    const number = /^\d{1,6}$/.test(rawPage) ? Number(rawPage) : NaN;
    if (!Number.isInteger(number) || number < 1) {
      // A mangled page number is not worth an error: start at the first page.
      page = 1;
    } else if (number > SEARCH_MAX_PAGES) {
      errors.page = `Search shows the first ${SEARCH_MAX_PAGES} pages of results. Add words or filters to narrow it down.`;
      page = SEARCH_MAX_PAGES;
    } else {
      page = number;
    }
  }

  return { request: { query, tag, author, from, to, page }, errors };
}

/** The URL of a search, for links (pages, removing filters). Empty fields are left out. */
export function searchHref(request: Partial<TSearchRequest>): string {
  const params = new URLSearchParams();
  if (request.query) params.set("q", request.query);
  if (request.tag) params.set("tag", request.tag);
  if (request.author) params.set("author", request.author);
  if (request.from) params.set("from", request.from);
  if (request.to) params.set("to", request.to);
  if (request.page && request.page > 1) params.set("page", String(request.page));
  const search = params.toString();
  return search ? `/search?${search}` : "/search";
}

export function hasSearchFilters(request: TSearchRequest): boolean {
  return request.tag !== null || request.author !== null || request.from !== null || request.to !== null;
}
