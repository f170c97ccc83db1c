/**
 * The first listed word or phrase the text contains as a whole word, case-insensitively ("ass"
 * is not found in "class"), or null. Letters are compared after Unicode compatibility
 * normalisation, so full-width or ligature spellings do not slip past.
 */
export function findListedWord(text: string, words: readonly string[]): string | null {
  const haystack = normalise(text);
  for (const word of words) {
    const needle = normalise(word).trim();
    if (needle.length === 0) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle).replace(/\s+/g, "\\s+")}(?![\\p{L}\\p{N}])`, "u");
    if (pattern.test(haystack)) return word.trim();
  }
  return null;
}

function normalise(value: string): string {
  return value.normalize("NFKC").toLocaleLowerCase("en");
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
