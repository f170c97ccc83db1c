import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getSessionState } from "@/lib/auth/current-user";
import { signUpAction } from "./actions";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default async function SignUpPage() {
  const state = await getSessionState();
  if (state.kind === "banned") redirect("/banned");
  if (state.kind === "signed-in") redirect("/");
  return (
    <div className="page page--narrow page--auth">
      <h1 id="sign-up-heading">Create an account</h1>
      <p className="lede">A free account lets you join the conversation under every story.</p>
      <SignUpForm action={signUpAction} />
      <p className="auth-switch">
        Already have an account? <Link href="/sign-in">Sign in</Link>.
      </p>
    </div>
  );
}
