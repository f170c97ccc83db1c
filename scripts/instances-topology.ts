// The production topology of docker-compose.prod.yml on one machine, without Docker: HAProxy
// with the same deploy/instances/haproxy.cfg in front of two `next start` instances that share
// PostgreSQL (DATABASE_URL), Redis (REDIS_URL) and object storage (S3_* or a local s3rver).
// Used by scripts/run-instances.ts and bench/instances.ts. Needs a build (`npm run build`) and
// haproxy (apt-get install haproxy).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { S3_TEST_CREDENTIALS, startS3TestServer } from "../tests/setup/s3-test-server";
import { startInstance, stopInstance, type TInstance } from "../tests/e2e/helpers/production-instances";

export type TTopologyOptions = { portA: number; portB: number; balancerPort: number; s3Port: number; redisUrl: string };
export type TTopology = { balancerUrl: string; instances: TInstance[]; stop(): Promise<void> };

export async function startInstancesTopology(options: TTopologyOptions): Promise<TTopology> {
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL: several instances need a real PostgreSQL.");
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => console.error(error));
  };
  try {
    let s3Env: Record<string, string>;
    if (process.env.S3_ENDPOINT) {
      s3Env = {};
    } else {
      const folder = resolve(".data/s3rver");
      mkdirSync(folder, { recursive: true });
      const s3 = await startS3TestServer(options.s3Port, "masthead-media", folder);
      stops.push(() => s3.stop());
      s3Env = {
        S3_ENDPOINT: s3.endpoint,
        S3_BUCKET: "masthead-media",
        S3_ACCESS_KEY_ID: S3_TEST_CREDENTIALS.accessKeyId,
        S3_SECRET_ACCESS_KEY: S3_TEST_CREDENTIALS.secretAccessKey,
      };
    }
    // HAProxy reaches the instances from 127.0.0.1: trust its X-Forwarded-For, or every reader
    // behind it would share one address for the per-address limits (docs/security.md).
    const env = { REDIS_URL: options.redisUrl, TRUSTED_PROXIES: "127.0.0.1", ...s3Env };
    const instances = await Promise.all([startInstance("masthead-a", options.portA, env), startInstance("masthead-b", options.portB, env)]);
    for (const instance of instances) stops.push(() => stopInstance(instance));
    const balancer = await startBalancer(options);
    stops.push(() => stopProcess(balancer));
    return { balancerUrl: `http://127.0.0.1:${options.balancerPort}`, instances, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function startBalancer(options: TTopologyOptions): Promise<ChildProcess> {
  const balancer = spawn("haproxy", ["-db", "-f", "deploy/instances/haproxy.cfg"], {
    env: {
      ...process.env,
      BALANCER_BIND: `127.0.0.1:${options.balancerPort}`,
      MASTHEAD_A: `127.0.0.1:${options.portA}`,
      MASTHEAD_B: `127.0.0.1:${options.portB}`,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (balancer.exitCode !== null) throw new Error(`haproxy exited with ${balancer.exitCode} (is it installed? apt-get install haproxy)`);
    const response = await fetch(`http://127.0.0.1:${options.balancerPort}/api/health`).catch(() => null);
    if (response?.ok) return balancer;
    await new Promise((done) => setTimeout(done, 250));
  }
  balancer.kill("SIGTERM");
  throw new Error("the balancer did not answer /api/health in 20 s");
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once("exit", done));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
}

export function topologyOptionsFromEnv(): TTopologyOptions {
  return {
    portA: Number(process.env.INSTANCE_A_PORT ?? 3340),
    portB: Number(process.env.INSTANCE_B_PORT ?? 3341),
    balancerPort: Number(process.env.BALANCER_PORT ?? 3344),
    s3Port: Number(process.env.S3RVER_PORT ?? 3348),
    redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379/0",
  };
}
