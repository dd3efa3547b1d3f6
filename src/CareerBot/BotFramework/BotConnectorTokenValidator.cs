using CareerBot.Protocol;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.BotFramework;

/// <summary>
/// Checks the bearer token on <c>/api/messages</c> the way the Bot Framework SDK did, including the
/// checks its samples skip: a channel token (issuer <c>https://api.botframework.com</c>) must be RS-signed
/// by a published key endorsed for the activity's channel, be meant for our app id, be within its
/// lifetime (5 minutes' skew), and name the activity's <c>serviceUrl</c>. An Entra token (the Emulator,
/// another bot) must come from the Bot Framework's tenants or ours and carry our app id as its caller.
/// </summary>
public sealed class BotConnectorTokenValidator : IDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";

    private static readonly string[] BotFrameworkTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];
    private static readonly string[] RsaAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly BotCredentials _credentials;
    private readonly OpenIdSigningKeys _channelKeys;
    private readonly OpenIdSigningKeys _entraKeys;
    private readonly string[] _entraIssuers;
    private readonly JsonWebTokenHandler _handler = new();

    public BotConnectorTokenValidator(BotCredentials credentials, IOptions<BotFrameworkOptions> options, IHttpClientFactory clients, TimeProvider time)
    {
        var o = options.Value;
        _credentials = credentials;
        _channelKeys = new OpenIdSigningKeys(o.OpenIdMetadataUrl, clients, o.KeyRefreshInterval, o.KeyRefreshCooldown, time);
        _entraKeys = new OpenIdSigningKeys(o.EntraOpenIdMetadataUrl, clients, o.KeyRefreshInterval, o.KeyRefreshCooldown, time);
        var tenants = credentials.TenantId is { } tenant ? BotFrameworkTenants.Append(tenant) : BotFrameworkTenants;
        _entraIssuers = tenants
            .SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"https://login.microsoftonline.com/{t}/v2.0" })
            .ToArray();
    }

    public async Task<InboundAuthResult> ValidateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        // The scheme is case-sensitive, as in the Bot Framework SDK.
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return InboundAuthResult.Unauthorized("no 'Authorization: Bearer' header");
        }

        var token = authorization["Bearer ".Length..].Trim();
        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenMalformedException)
        {
            return InboundAuthResult.Unauthorized("the bearer token is not a JWT");
        }

        var channelKeys = await _channelKeys.GetAsync(cancellationToken);
        var channelIssuer = channelKeys.Issuer ?? ChannelIssuer;
        if (string.Equals(jwt.Issuer, channelIssuer, StringComparison.Ordinal))
        {
            return await ValidateChannelTokenAsync(token, jwt, channelKeys, channelIssuer, activity, cancellationToken);
        }

        if (_entraIssuers.Contains(jwt.Issuer, StringComparer.Ordinal))
        {
            return await ValidateEntraTokenAsync(token, jwt, cancellationToken);
        }

        return InboundAuthResult.Unauthorized($"issuer '{jwt.Issuer}' is not trusted");
    }

    private async Task<InboundAuthResult> ValidateChannelTokenAsync(
        string token, JsonWebToken jwt, SigningKeySet keys, string issuer, Activity activity, CancellationToken cancellationToken)
    {
        if (!keys.HasKey(jwt.Kid))
        {
            keys = await _channelKeys.RefreshAsync(cancellationToken);
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(keys, [issuer]));
        if (!result.IsValid)
        {
            return InboundAuthResult.Unauthorized("channel token rejected: " + Describe(result.Exception));
        }

        var claimed = jwt.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) ? serviceUrl : null;
        if (claimed is null || !SameServiceUrl(claimed, activity.ServiceUrl))
        {
            return InboundAuthResult.Unauthorized($"the token's serviceurl '{claimed}' is not the activity's '{activity.ServiceUrl}'");
        }

        var endorsements = keys.EndorsementsOf(jwt.Kid);
        if (!endorsements.Contains(activity.ChannelId ?? "", StringComparer.OrdinalIgnoreCase))
        {
            return InboundAuthResult.Forbidden($"key '{jwt.Kid}' is not endorsed for channel '{activity.ChannelId}'");
        }

        return InboundAuthResult.Accepted(result.ClaimsIdentity, "channel token");
    }

    private async Task<InboundAuthResult> ValidateEntraTokenAsync(string token, JsonWebToken jwt, CancellationToken cancellationToken)
    {
        var keys = await _entraKeys.GetAsync(cancellationToken);
        if (!keys.HasKey(jwt.Kid))
        {
            keys = await _entraKeys.RefreshAsync(cancellationToken);
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(keys, _entraIssuers));
        if (!result.IsValid)
        {
            return InboundAuthResult.Unauthorized("Entra token rejected: " + Describe(result.Exception));
        }

        // v1 tokens name the calling app in 'appid', v2 tokens in 'azp'; the Emulator calls as the bot itself.
        var version = jwt.TryGetPayloadValue<string>("ver", out var ver) ? ver : null;
        var claim = version switch { "1.0" => "appid", "2.0" => "azp", _ => null };
        if (claim is null)
        {
            return InboundAuthResult.Unauthorized($"Entra token has no usable 'ver' claim ('{version}')");
        }

        var caller = jwt.TryGetPayloadValue<string>(claim, out var id) ? id : null;
        if (!string.Equals(caller, _credentials.AppId, StringComparison.OrdinalIgnoreCase))
        {
            return InboundAuthResult.Unauthorized($"Entra token's {claim} '{caller}' is not this bot");
        }

        return InboundAuthResult.Accepted(result.ClaimsIdentity, "Entra token");
    }

    private TokenValidationParameters Parameters(SigningKeySet keys, IEnumerable<string> issuers) => new()
    {
        ValidIssuers = issuers,
        ValidAudience = _credentials.AppId,
        IssuerSigningKeys = keys.Keys,
        ValidAlgorithms = RsaAlgorithms,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        // A token must name its key; trying every key would hide which key (and so which endorsements) signed it.
        TryAllIssuerSigningKeys = false,
    };

    private static bool SameServiceUrl(string claimed, string? activityUrl) =>
        activityUrl is not null && string.Equals(claimed.TrimEnd('/'), activityUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static string Describe(Exception? e) => e is null ? "invalid" : $"{e.GetType().Name}: {e.Message}";

    public void Dispose()
    {
        _channelKeys.Dispose();
        _entraKeys.Dispose();
    }
}
