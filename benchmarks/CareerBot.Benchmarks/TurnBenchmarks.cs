using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CareerBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace CareerBot.Benchmarks;

/// <summary>
/// One turn through the real app on loopback HTTP: the edge, the SDK's adapter, the pipeline and the reply's JSON, as
/// the load test drives it (<c>/api/messages</c> with <c>expectReplies</c>, a question the guide has answered before),
/// and one Direct Line post (stored, run, its reply stored in a conversation that keeps its last 100 activities).
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private const string Question = "do I need a PhD?";

    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private string _directLineConversation = "";
    private string _directLineToken = "";
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var database = Path.Combine(Path.GetTempPath(), $"careerbot-bench-{Guid.NewGuid():N}.db");
        _app = CareerBotApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration["Knowledge:Path"] = SearchBenchmarks.FindRepositoryFile("knowledge");
            builder.Configuration["ConnectionStrings:CareerBot"] = $"Data Source={database}";
            // The model is not what is measured here; the question below is one lexical search is sure of anyway.
            builder.Configuration["Understanding:Meaning"] = "false";
            builder.Configuration["Knowledge:Watch"] = "false";
            builder.Configuration["Limits:MessagesPerSecondPerAddress"] = "100000000";
            builder.Configuration["Limits:MessageBurstPerAddress"] = "100000000";
            builder.Configuration["Limits:MessagesPerMinutePerConversation"] = "100000000";
            builder.Configuration["Limits:MessageBurstPerConversation"] = "100000000";
            builder.Configuration["DirectLine:ActivitiesPerMinute"] = "100000000";
            builder.Configuration["DirectLine:ActivityBurst"] = "100000000";
            builder.Logging.ClearProviders();
        });
        _app.StartAsync().GetAwaiter().GetResult();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };

        using var started = _client.PostAsync("/v3/directline/conversations", null).GetAwaiter().GetResult();
        using var grant = JsonDocument.Parse(started.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        _directLineConversation = grant.RootElement.GetProperty("conversationId").GetString()!;
        _directLineToken = grant.RootElement.GetProperty("token").GetString()!;
        // A conversation as full as it gets (the oldest activities are trimmed from here on), so every post rewrites the same amount.
        for (var i = 0; i < 60; i++)
        {
            DirectLinePost();
        }

        MessagesTurn();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _app.StopAsync().GetAwaiter().GetResult();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary><c>POST /api/messages</c>, <c>expectReplies</c>: what the load test sends, in one of 1,000 conversations.</summary>
    [Benchmark]
    public int MessagesTurn()
    {
        var n = _next++;
        var body = $$"""
            {"type":"message","id":"m{{n}}","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","from":{"id":"u{{n % 1000}}"},
             "recipient":{"id":"bot"},"conversation":{"id":"c{{n % 1000}}"},"text":"{{Question}}","deliveryMode":"expectReplies"}
            """;
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = _client.PostAsync("/api/messages", content).GetAwaiter().GetResult();
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        return response.IsSuccessStatusCode && text.Contains("replyToId", StringComparison.Ordinal)
            ? text.Length
            : throw new InvalidOperationException($"{(int)response.StatusCode} {text}");
    }

    /// <summary><c>POST …/activities</c> on Direct Line, as Web Chat sends a message: stored, answered, the reply stored.</summary>
    [Benchmark]
    public int DirectLinePost()
    {
        var body = $$$"""
            {"type":"message","text":"{{{Question}}}","from":{"id":"u1","name":"Una"},"locale":"en-US","channelData":{"clientActivityID":"a{{{_next++}}}"}}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{_directLineConversation}/activities")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _directLineToken);
        using var response = _client.SendAsync(request).GetAwaiter().GetResult();
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        return response.IsSuccessStatusCode ? text.Length : throw new InvalidOperationException($"{(int)response.StatusCode} {text}");
    }
}
