import { checkHealth } from "@/lib/health/check-health";

// For load balancers and monitors: 200 when this instance's database (and Redis, if it has one)
// answer, else 503. Public on purpose; it says which part is down and nothing more.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return Response.json(
    { status: health.isHealthy ? "ok" : "unavailable", database: health.database, redis: health.redis },
    { status: health.isHealthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
