// One story's figures as CSV: ?chart=daily | hourly | comments.
import { commentsTable, viewsTable } from "@/lib/analytics/chart-tables";
import { csvResponse, routeErrorResponse } from "@/lib/analytics/csv-response";
import { getStoryAnalytics } from "@/lib/analytics/get-story-analytics";
import { toCsv } from "@/lib/analytics/to-csv";
import { requirePermission } from "@/lib/auth/guards";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const user = await requirePermission("article:write-own");
    const { id } = await params;
    const chart = new URL(request.url).searchParams.get("chart");
    if (chart !== "daily" && chart !== "hourly" && chart !== "comments") return new Response("Choose chart=daily, hourly or comments.", { status: 400 });
    const story = await getStoryAnalytics(user, id);
    if (!story) return new Response("No such story.", { status: 404 });
    const table = chart === "daily" ? viewsTable(story.daily, "day") : chart === "hourly" ? viewsTable(story.firstHours, "hour") : commentsTable(story.comments);
    return csvResponse(toCsv(table.header, table.rows), `${story.slug}-${chart}.csv`);
  } catch (error) {
    return routeErrorResponse(error, "GET /admin/analytics/articles/[id]/csv");
  }
}
