import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionState } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { singleSearchParam } from "@/lib/pagination/single-search-param";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type TSignInPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: TSignInPageProps) {
  const next = safeReturnPath(singleSearchParam((await searchParams).next));
  const state = await getSessionState();
  if (state.kind === "banned") redirect("/banned");
  if (state.kind === "signed-in") redirect(next);
  return (
    <div className="page page--narrow page--auth">
      <h1 id="sign-in-heading">Sign in</h1>
      <SignInForm action={signInAction} next={next} />
      <p className="auth-switch">
        New here? <Link href="/sign-up">Create a free account</Link>.
      </p>
    </div>
  );
}
