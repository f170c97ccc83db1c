// Factories shared by the tests and the demo seed (prisma/seed.ts). Each call makes rows with
// unique defaults, so a test never depends on another test's leftovers.
export * from "./unique";
export * from "./users";
export * from "./tags";
export * from "./articles";
export * from "./comments";
export * from "./documents";
export * from "./actors";
