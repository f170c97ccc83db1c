import { z } from "zod";

// The settings form's vocabulary, shared by the form (limits shown as hints) and the domain
// function that saves it. Form data is strings: numbers are parsed explicitly, and every message
// names its field because it is shown next to it.

export const WORD_LIST_MAX_WORDS = 500;
export const WORD_MAX_LENGTH = 60;

export const SETTINGS_LIMITS = {
  holdFirstComments: { min: 0, max: 100 },
  maxLinksPerComment: { min: 0, max: 50 },
  floodMaxComments: { min: 1, max: 1000 },
  floodWindowSeconds: { min: 1, max: 86_400 },
  minAccountAgeHoursForLinks: { min: 0, max: 8_760 },
  commentMaxLength: { min: 50, max: 20_000 },
  commentAutoCloseDays: { min: 1, max: 3_650 },
} as const;

function wholeNumber(label: string, { min, max }: { min: number; max: number }) {
  const message = `${label} must be a whole number from ${min} to ${max}.`;
  return z
    .union([z.string(), z.number()], { message })
    .transform((value, context) => {
      const text = typeof value === "number" ? String(value) : value.trim();
      if (!/^\d{1,9}$/.test(text)) {
        context.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return Number(text);
    })
    .pipe(z.number().min(min, { message }).max(max, { message }));
}

/** Empty means "never"; anything else is a number of days. */
const ZAutoCloseDays = z.preprocess(
  (value) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value),
  wholeNumber("Close comments after", SETTINGS_LIMITS.commentAutoCloseDays).nullable(),
);

/**
 * A word list: one word or phrase per line (or an array, for scripts and tests), trimmed,
 * lower-cased (matching is case-insensitive), blank lines dropped, duplicates removed, bounded.
 */
function wordList(label: string) {
  return z
    .union([z.string(), z.array(z.string())], { message: `${label}: one word per line.` })
    .transform((value) => {
      const lines = typeof value === "string" ? value.split(/\r?\n/) : value;
      return [...new Set(lines.map((line) => line.trim().replace(/\s+/g, " ").toLowerCase()).filter((line) => line !== ""))];
    })
    .pipe(
      z
        .array(z.string().max(WORD_MAX_LENGTH, { message: `${label}: each entry must be at most ${WORD_MAX_LENGTH} characters.` }))
        .max(WORD_LIST_MAX_WORDS, { message: `${label}: at most ${WORD_LIST_MAX_WORDS} entries.` }),
    );
}

export const ZSiteSettingsInput = z.object({
  /** The settings version the form showed: a different current version means someone saved since. */
  version: z.coerce.number({ message: "Reload the page and try again." }).int().min(1),
  defaultCommentPolicy: z.enum(["OPEN", "VIP", "CLOSED"], { message: "Choose who may comment on new articles." }),
  holdFirstComments: wholeNumber("Hold a member's first comments", SETTINGS_LIMITS.holdFirstComments),
  maxLinksPerComment: wholeNumber("Links allowed per comment", SETTINGS_LIMITS.maxLinksPerComment),
  floodMaxComments: wholeNumber("Comments allowed in the flood window", SETTINGS_LIMITS.floodMaxComments),
  floodWindowSeconds: wholeNumber("Flood window", SETTINGS_LIMITS.floodWindowSeconds),
  minAccountAgeHoursForLinks: wholeNumber("Account age before links", SETTINGS_LIMITS.minAccountAgeHoursForLinks),
  commentMaxLength: wholeNumber("Longest comment", SETTINGS_LIMITS.commentMaxLength),
  commentAutoCloseDays: ZAutoCloseDays,
  /** A checkbox ("on") after a hidden "false": the form always sends one of the two. */
  holdUnverifiedComments: z
    .union([z.enum(["on", "true", "false"]), z.boolean()], { message: "Choose whether comments from unverified accounts wait for review." })
    .transform((value) => value === "on" || value === "true" || value === true),
  bannedWords: wordList("Banned words"),
  suspectWords: wordList("Suspect words"),
});
export type TSiteSettingsInput = z.input<typeof ZSiteSettingsInput>;
export type TSiteSettingsValues = z.output<typeof ZSiteSettingsInput>;
