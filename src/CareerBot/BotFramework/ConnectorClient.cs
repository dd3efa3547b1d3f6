using CareerBot.Protocol;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework;

/// <summary>The Bot Connector REST API: replies are POSTed to the <c>serviceUrl</c> the channel gave.</summary>
public sealed class ConnectorClient(HttpClient http, IOptions<BotFrameworkOptions> options)
{
    public async Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        var serviceUrl = reply.ServiceUrl ?? throw new InvalidOperationException("The reply has no serviceUrl to send it to.");
        var conversation = Uri.EscapeDataString(reply.Conversation?.Id ?? "");
        // Teams ids contain ':' ';' '@' — always escaped in the path.
        var path = reply.ReplyToId is { Length: > 0 } replyTo
            ? $"v3/conversations/{conversation}/activities/{Uri.EscapeDataString(replyTo)}"
            : $"v3/conversations/{conversation}/activities";
        var uri = new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ConnectorTimeout);
        using var response = await http.PostAsJsonAsync(uri, reply, ProtocolJsonContext.Default.Activity, timeout.Token);
        response.EnsureSuccessStatusCode();
    }
}
