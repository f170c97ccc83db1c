"use server";

import { z } from "zod";
import { validatedAction } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { unsubscribeFromReplyEmails } from "@/lib/comments/reply-email-preference";

// The confirm button on /unsubscribe. The signed token is the authority, not a session: the
// link works from any device the email is opened on.
export const unsubscribeReplyEmailsAction = validatedAction(
  "unsubscribeReplyEmails",
  "anyone",
  z.object({ token: z.string({ message: "This link is incomplete." }).min(1, { message: "This link is incomplete." }).max(200) }),
  async ({ token }): Promise<void> => {
    if (!(await unsubscribeFromReplyEmails(token))) {
      throw new AppError("BAD_INPUT", "This unsubscribe link is not valid. Open the link from the email again, or change your email settings on your account page.");
    }
  },
);
