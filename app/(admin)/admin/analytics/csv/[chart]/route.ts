// The numbers behind each chart of /admin/analytics as CSV, for the same period and the same
// people (authors get their own stories' figures).
import { parseAnalyticsRange } from "@/lib/analytics/analytics-range";
import { commentsTable, topStoriesTable, viewsTable, type TChartTable } from "@/lib/analytics/chart-tables";
import { getNewsroomAnalytics } from "@/lib/analytics/get-newsroom-analytics";
import { toCsv } from "@/lib/analytics/to-csv";
import { requirePermission } from "@/lib/auth/guards";
import { csvResponse, routeErrorResponse } from "@/lib/analytics/csv-response";

const CHARTS = ["views", "top-stories", "comments"] as const;

export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }): Promise<Response> {
  try {
    const user = await requirePermission("article:write-own");
    const { chart } = await params;
    const name = CHARTS.find((known) => known === chart);
    if (!name) return new Response("No such chart.", { status: 404 });
    const url = new URL(request.url);
    const { range } = parseAnalyticsRange({
      from: url.searchParams.get("from") ?? undefined,
      to: url.searchParams.get("to") ?? undefined,
      granularity: url.searchParams.get("granularity") ?? undefined,
    });
    const data = await getNewsroomAnalytics(user, range);
    const table: TChartTable =
      name === "views" ? viewsTable(data.views, range.granularity) : name === "comments" ? commentsTable(data.comments) : topStoriesTable(data.topStories);
    return csvResponse(toCsv(table.header, table.rows), `${name}-${url.searchParams.get("from") ?? "recent"}.csv`);
  } catch (error) {
    return routeErrorResponse(error, "GET /admin/analytics/csv");
  }
}
