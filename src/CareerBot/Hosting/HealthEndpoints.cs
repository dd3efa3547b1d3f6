namespace CareerBot.Hosting;

/// <summary><c>GET /healthz</c>: 200 once the guide is loaded (it always is once the app has started).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (CurrentGuide guide) => TypedResults.Ok(new HealthStatus("ok", guide.Guide.Knowledge.Entries.Count)));
        return app;
    }
}

public sealed record HealthStatus(string Status, int Entries);
