"use server";
import { redirect } from "next/navigation";
import { signOut, signOutEverywhere } from "@/lib/auth/sign-out";

export async function signOutAction(): Promise<void> {
  await signOut();
  redirect("/");
}

/** Ends every session of the signed-in person (lib/auth/sign-out.ts checks who is asking). */
export async function signOutEverywhereAction(): Promise<void> {
  await signOutEverywhere();
  redirect("/sign-in");
}
