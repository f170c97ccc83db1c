// Runs docker-compose.prod.yml's topology here without Docker (docs/deploy.md):
//
//   npm run build
//   DATABASE_URL=postgresql://... NEXTAUTH_SECRET=... npx tsx scripts/run-instances.ts
//
// HAProxy on BALANCER_PORT (3344) in front of two instances (INSTANCE_A_PORT 3340,
// INSTANCE_B_PORT 3341), Redis at REDIS_URL (default redis://127.0.0.1:6379/0), media in S3_*
// or, without it, a local s3rver on S3RVER_PORT (3348) keeping files in .data/s3rver.
import { startInstancesTopology, topologyOptionsFromEnv } from "./instances-topology";

async function main() {
  const topology = await startInstancesTopology(topologyOptionsFromEnv());
  console.log(`Masthead behind the balancer at ${topology.balancerUrl}`);
  for (const instance of topology.instances) console.log(`  ${instance.name} at ${instance.url}`);
  console.log("Ctrl+C stops everything.");
  const stop = async () => {
    await topology.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
