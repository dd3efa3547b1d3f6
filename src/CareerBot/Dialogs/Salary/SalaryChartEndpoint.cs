using CareerBot.Hosting;

namespace CareerBot.Dialogs.Salary;

/// <summary><c>GET /charts/salary-by-level.svg[?highlight=mid]</c>: the salary chart, drawn from the guide in service.</summary>
public static class SalaryChartEndpoint
{
    public const string Path = "/charts/salary-by-level.svg";

    public static IEndpointRouteBuilder MapSalaryChart(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (CurrentGuide guide, HttpContext http, string? highlight) =>
        {
            var knowledge = guide.Guide.Knowledge;
            http.Response.Headers.CacheControl = "public, max-age=300";
            return TypedResults.Text(SalaryChart.Render(knowledge.Salaries, knowledge.Sources, highlight), "image/svg+xml");
        });
        return app;
    }
}
