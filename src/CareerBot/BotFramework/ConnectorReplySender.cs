using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework;

/// <summary>
/// Sends one reply over the Bot Connector with Microsoft's <see cref="IConnectorClient"/> and the bot's outbound
/// credentials from the SDK (client secret, single or multi tenant, or user-assigned managed identity): as a
/// reply to the activity it answers, or appended to the conversation. In front of it, the guards the SDK leaves
/// to the bot: the token goes only to <see cref="TrustedServiceHosts"/>, and throttling and transient failures
/// are tried again as Teams asks (<see cref="ConnectorRetryPolicy"/>, honouring <c>Retry-After</c>).
/// </summary>
public sealed class ConnectorReplySender(
    BotFrameworkAuthentication authentication,
    BotCredentials credentials,
    TrustedServiceHosts trustedHosts,
    IOptions<BotFrameworkOptions> options,
    TimeProvider time)
{
    // Replies sent after the turn (or by another instance) act as the bot itself, as a proactive message does.
    private readonly ClaimsIdentity _bot = new(
    [
        new Claim(AuthenticationConstants.AudienceClaim, credentials.AppId ?? ""),
        new Claim(AuthenticationConstants.AppIdClaim, credentials.AppId ?? ""),
    ]);

    /// <summary>Sends the activity and returns the id the channel gave it ("" when the channel gave none).</summary>
    public async Task<string> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(reply.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            throw new ConnectorException("The reply has no serviceUrl to send it to.");
        }

        if (credentials.AuthenticationEnabled && !trustedHosts.Trusts(serviceUrl))
        {
            throw new ConnectorException($"{serviceUrl.GetLeftPart(UriPartial.Authority)} is not a trusted service host; the bot's token is not sent there.");
        }

        using var connector = await authentication.CreateConnectorFactory(_bot)
            .CreateAsync(reply.ServiceUrl, authentication.GetOriginatingAudience(), cancellationToken);
        var attempts = Math.Max(1, options.Value.ConnectorAttempts);
        var renewedToken = false;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await PostAsync(connector, reply, cancellationToken);
            }
            catch (ErrorResponseException e)
            {
                var status = e.Response?.StatusCode ?? HttpStatusCode.InternalServerError;
                // One fresh token after a refusal: the cached one may have been revoked or rotated.
                if (status == HttpStatusCode.Unauthorized && !renewedToken && attempt < attempts && connector.Credentials is AppCredentials app)
                {
                    await app.GetTokenAsync(forceRefresh: true);
                    renewedToken = true;
                    continue;
                }

                var delay = ConnectorRetryPolicy.Delay(attempt, RetryAfter(e.Response), time.GetUtcNow());
                if (ConnectorRetryPolicy.IsRetryable(status) && attempt < attempts && delay <= ConnectorRetryPolicy.LongestRetryAfter)
                {
                    await Task.Delay(delay, time, cancellationToken);
                    continue;
                }

                throw new ConnectorException($"The Connector answered {(int)status} after {attempt} attempt(s): {Shorten(e.Response?.Content)}", status);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested && attempt < attempts)
            {
                await Task.Delay(ConnectorRetryPolicy.Delay(attempt, null, time.GetUtcNow()), time, cancellationToken);
            }
        }
    }

    private async Task<string> PostAsync(IConnectorClient connector, Activity activity, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ConnectorTimeout);
        // Teams is known to answer 200/201 with an empty body; a missing id is "", not an error.
        var sent = string.IsNullOrEmpty(activity.ReplyToId)
            ? await connector.Conversations.SendToConversationAsync(activity, timeout.Token)
            : await connector.Conversations.ReplyToActivityAsync(activity, timeout.Token);
        return sent?.Id ?? "";
    }

    private static RetryConditionHeaderValue? RetryAfter(Microsoft.Rest.HttpResponseMessageWrapper? response) =>
        response?.Headers is { } headers && headers.TryGetValue("Retry-After", out var values)
            && RetryConditionHeaderValue.TryParse(values.FirstOrDefault(), out var parsed)
            ? parsed
            : null;

    private static string Shorten(string? text) => text is null ? "" : text.Length > 300 ? text[..300] + "…" : text;
}
