using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using CareerBot.Tests.Support;

namespace CareerBot.Tests.DirectLine;

/// <summary>
/// Thousands of malformed and adversarial bodies and headers sent to the Direct Line endpoints over loopback
/// (posting activities, <c>tokens/generate</c>, <c>tokens/refresh</c>, <c>conversations</c>): never a 5xx, and the
/// conversation they were aimed at still answers a normal question afterwards.
/// </summary>
public sealed class HostileRequestTests
{
    private const int Requests = 3000;

    private static readonly string[] Targets = ["activities", "tokens/generate", "tokens/refresh", "conversations"];

    private static readonly string?[] ContentTypes =
        ["application/json", "application/json", "application/json; charset=utf-16", "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", null];

    // The limits are lifted so every body reaches the code that reads it instead of stopping at a 429.
    private static readonly Dictionary<string, string?> Unthrottled = new()
    {
        ["DirectLine:TokenRequestsPerMinute"] = "1000000",
        ["DirectLine:ReadsPerMinute"] = "1000000",
        ["DirectLine:ActivitiesPerMinute"] = "1000000",
        ["DirectLine:ActivityBurst"] = "1000000",
    };

    [Fact]
    public async Task HostileRequestsNeverCauseA5xxAndTheConversationKeepsAnswering()
    {
        await using var bot = await DirectLineBot.StartWithSecretAsync(Unthrottled);
        var conversation = await bot.StartConversationAsync(DirectLineBot.Secret);
        var conversationId = (string)conversation["conversationId"]!;
        var token = (string)conversation["token"]!;

        var hostile = new HostileBodies(seed: 20261122);
        var random = new Random(20261122);
        var requests = Enumerable.Range(0, Requests).Select(i => (Target: Targets[i % Targets.Length], Body: hostile.Next(i / Targets.Length),
            Authorization: Authorization(random, token), ContentType: ContentTypes[random.Next(ContentTypes.Length)], Path: PathOf(random, conversationId))).ToList();
        var serverErrors = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (request, cancellationToken) =>
        {
            var path = request.Target == "activities" ? $"conversations/{request.Path}/activities" : request.Target;
            using var message = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/" + path) { Content = new ByteArrayContent(request.Body) };
            message.Content.Headers.ContentType = request.ContentType is null ? null : MediaTypeHeaderValue.Parse(request.ContentType);
            message.Headers.TryAddWithoutValidation("Authorization", request.Authorization);
            using var response = await bot.Client.SendAsync(message, cancellationToken);
            if ((int)response.StatusCode >= 500)
            {
                serverErrors.Add($"{(int)response.StatusCode} from {path} with '{request.Authorization[..Math.Min(40, request.Authorization.Length)]}' for {HostileBodies.Describe(request.Body)}");
            }
        });

        Assert.True(serverErrors.IsEmpty, $"{serverErrors.Count} server errors, e.g.:\n{string.Join("\n", serverErrors.Take(10))}");
        using var refreshed = await bot.SendAsync(HttpMethod.Post, "tokens/refresh", token);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var posted = await bot.PostMessageAsync(conversation, "do I need a PhD?");
        var answer = (await bot.ActivitiesAsync(conversation))["activities"]!.AsArray()
            .Last(a => (string?)a!["replyToId"] == (string?)posted["id"] && (string?)a!["from"]!["role"] == "bot");
        Assert.Contains("PhD", (string?)answer!["text"], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Mostly the real token or secret (so the body gets read), otherwise garbage in the header itself.</summary>
    private static string Authorization(Random random, string token) => random.Next(10) switch
    {
        < 4 => "Bearer " + token,
        < 6 => "Bearer " + DirectLineBot.Secret,
        6 => "Bearer " + token[..random.Next(token.Length)] + Printable(random, random.Next(0, 40)),
        7 => Printable(random, random.Next(0, 200)),
        8 => "Bearer " + new string('x', random.Next(1_000, 20_000)),
        _ => random.Next(4) switch { 0 => "Bearer", 1 => "Basic Zm9vOmJhcg==", 2 => "Bearer  " + token + " extra", _ => "bearer null" },
    };

    private static string PathOf(Random random, string conversationId) => random.Next(6) switch
    {
        < 4 => conversationId,
        4 => Uri.EscapeDataString(Printable(random, random.Next(1, 60))),
        _ => conversationId + "%00" + Uri.EscapeDataString("\u202E'; DROP TABLE records; --"),
    };

    private static string Printable(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => (char)random.Next(0x21, 0x7F)).ToArray());
}
