using CareerBot.Storage;

namespace CareerBot.Hosting;

/// <summary>
/// <c>GET /healthz</c>: alive (200 once the guide is loaded, which it always is once the app has started).
/// <c>GET /readyz</c>: ready for turns — the guide has entries, the store answers and meaning (the embedding model
/// and the vectors of the guide's phrasings) is loaded; 503 otherwise, so a load balancer sends no traffic to an
/// instance whose database is unreachable, nor to one just started whose first messages would wait for the model
/// (10–20 s on a first start without the vector cache).
/// </summary>
public static class HealthEndpoints
{
    private static readonly TimeSpan StoreCheckTimeout = TimeSpan.FromSeconds(3);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (CurrentGuide guide) => TypedResults.Ok(new HealthStatus("ok", guide.Guide.Knowledge.Entries.Count)));
        app.MapGet("/readyz", ReadyAsync);
        return app;
    }

    private static async Task<IResult> ReadyAsync(CurrentGuide guide, IRecordStore store, CancellationToken cancellationToken)
    {
        var entries = guide.Guide.Knowledge.Entries.Count;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StoreCheckTimeout);
        bool storeReachable;
        try
        {
            storeReachable = await store.IsReachableAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            storeReachable = false;
        }

        var meaningLoaded = guide.MeaningWarm;
        var status = new ReadinessStatus(entries > 0 && storeReachable && meaningLoaded ? "ready" : "not ready", entries, storeReachable, meaningLoaded);
        return TypedResults.Json(status, statusCode: status.Status == "ready" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}

public sealed record HealthStatus(string Status, int Entries);

public sealed record ReadinessStatus(string Status, int Entries, bool StoreReachable, bool MeaningLoaded);
