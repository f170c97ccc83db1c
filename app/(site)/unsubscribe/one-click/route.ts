import { NextResponse, type NextRequest } from "next/server";
import { unsubscribeFromReplyEmails } from "@/lib/comments/reply-email-preference";
import { logError } from "@/lib/log";

// RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the address
// in the List-Unsubscribe header, from their own servers, without cookies or an Origin we know.
// The signed token in the query string is the whole authority, and all it can do is switch reply
// emails off, so no CSRF protection is needed (or possible).

export async function POST(request: NextRequest): Promise<NextResponse> {
  const token = request.nextUrl.searchParams.get("token");
  try {
    if (!(await unsubscribeFromReplyEmails(token))) {
      return NextResponse.json({ error: "This unsubscribe link is not valid." }, { status: 400 });
    }
    return NextResponse.json({ unsubscribed: true });
  } catch (error) {
    logError("one-click unsubscribe failed", error);
    return NextResponse.json({ error: "Something went wrong on our side. Please try again in a moment." }, { status: 500 });
  }
}

/** A person who opens this address in a browser gets the page with the confirm button instead. */
export function GET(request: NextRequest): NextResponse {
  const target = new URL("/unsubscribe", request.nextUrl);
  const token = request.nextUrl.searchParams.get("token");
  if (token) target.searchParams.set("token", token);
  return NextResponse.redirect(target, 303);
}
