// Starts extra production servers (`next start` of the build under test) for the tests that
// need several instances sharing one PostgreSQL, one Redis and one object store
// (instances-coherence.spec.ts, bench/instances.ts). Each runs its own job runner and caches.
import { spawn, type ChildProcess } from "node:child_process";

export type TInstance = { name: string; port: number; url: string; process: ChildProcess; output: string[] };

/** Starts `next start` on `port` with `env` on top of this process's (an empty value unsets). */
export async function startInstance(name: string, port: number, env: Record<string, string>): Promise<TInstance> {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env, PORT: String(port) };
  for (const [key, value] of Object.entries(env)) if (value === "") delete merged[key];
  const child = spawn("node_modules/.bin/next", ["start", "--hostname", "127.0.0.1", "--port", String(port)], {
    env: merged,
    stdio: ["ignore", "pipe", "pipe"],
    detached: false,
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const instance = { name, port, url: `http://127.0.0.1:${port}`, process: child, output };
  await waitForHealth(instance);
  return instance;
}

async function waitForHealth(instance: TInstance): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (instance.process.exitCode !== null) throw new Error(`${instance.name} exited:\n${instance.output.join("")}`);
    try {
      const response = await fetch(`${instance.url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${instance.name} did not become healthy in 60 s:\n${instance.output.join("")}`);
}

export async function stopInstance(instance: TInstance | undefined): Promise<void> {
  if (!instance || instance.process.exitCode !== null) return;
  const exited = new Promise((resolve) => instance.process.once("exit", resolve));
  instance.process.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (instance.process.exitCode === null) instance.process.kill("SIGKILL");
}
