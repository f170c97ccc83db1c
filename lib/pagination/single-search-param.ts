/**
 * One value of a query parameter. `?after=a&after=b` arrives as an array; a page needs one
 * value, so a repeated parameter counts as absent rather than guessing which one was meant.
 */
export function singleSearchParam(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}
