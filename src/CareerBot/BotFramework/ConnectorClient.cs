using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CareerBot.Protocol;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework;

/// <summary>
/// The Bot Connector REST API: a reply is POSTed to the <c>serviceUrl</c> the channel gave, as a reply
/// to the activity it answers (threaded where the channel threads) or appended to the conversation.
/// With an app id configured every call carries the bot's token, and only to a trusted host.
/// </summary>
public sealed class ConnectorClient(
    HttpClient http,
    IOptions<BotFrameworkOptions> options,
    BotCredentials credentials,
    TrustedServiceHosts trustedHosts,
    ConnectorTokenProvider tokens,
    TimeProvider time)
{
    /// <summary>Sends the activity and returns the id the channel gave it ("" when the channel gave none).</summary>
    public async Task<string> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        var uri = Address(reply);
        string? token = null;
        if (credentials.AuthenticationEnabled)
        {
            if (!trustedHosts.Trusts(uri))
            {
                throw new ConnectorException($"{uri.GetLeftPart(UriPartial.Authority)} is not a trusted service host; the bot's token is not sent there.");
            }

            token = await tokens.GetTokenAsync(forceRefresh: false, cancellationToken);
        }

        var attempts = Math.Max(1, options.Value.ConnectorAttempts);
        var renewedToken = false;
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await PostAsync(uri, reply, token, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested && attempt < attempts)
            {
                await Task.Delay(ConnectorRetryPolicy.Delay(attempt, null, time.GetUtcNow()), time, cancellationToken);
                continue;
            }

            using (response)
            {
                if (response.IsSuccessStatusCode)
                {
                    return await ReadIdAsync(response, cancellationToken);
                }

                // One fresh token after a refusal: the cached one may have been revoked or rotated.
                if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null && !renewedToken && attempt < attempts)
                {
                    token = await tokens.GetTokenAsync(forceRefresh: true, cancellationToken);
                    renewedToken = true;
                    continue;
                }

                var delay = ConnectorRetryPolicy.Delay(attempt, response.Headers.RetryAfter, time.GetUtcNow());
                if (ConnectorRetryPolicy.IsRetryable(response.StatusCode) && attempt < attempts && delay <= ConnectorRetryPolicy.LongestRetryAfter)
                {
                    await Task.Delay(delay, time, cancellationToken);
                    continue;
                }

                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                throw new ConnectorException(
                    $"The Connector answered {(int)response.StatusCode} after {attempt} attempt(s): {Shorten(body)}", response.StatusCode);
            }
        }
    }

    private static Uri Address(Activity reply)
    {
        var serviceUrl = reply.ServiceUrl ?? throw new ConnectorException("The reply has no serviceUrl to send it to.");
        var conversation = Uri.EscapeDataString(reply.Conversation?.Id ?? "");
        // Teams ids contain ':' ';' '@' — always escaped in the path.
        var path = reply.ReplyToId is { Length: > 0 } replyTo
            ? $"v3/conversations/{conversation}/activities/{Uri.EscapeDataString(replyTo)}"
            : $"v3/conversations/{conversation}/activities";
        return new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
    }

    private async Task<HttpResponseMessage> PostAsync(Uri uri, Activity reply, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonContent.Create(reply, ProtocolJsonContext.Default.Activity),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ConnectorTimeout);
        return await http.SendAsync(request, timeout.Token);
    }

    // Teams is known to answer 200/201 with an empty body; a missing id is "", not an error.
    private static async Task<string> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(body))
        {
            return "";
        }

        try
        {
            return JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.ResourceResponse)?.Id ?? "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
