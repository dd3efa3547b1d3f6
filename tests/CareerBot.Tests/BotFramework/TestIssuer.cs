using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.Tests.BotFramework;

/// <summary>
/// A token issuer on loopback, like the Bot Connector's: OpenID metadata and a key set with
/// per-key channel endorsements, for keys this test generates. Mints real signed tokens.
/// The SDK fetches metadata over https only, so the issuer is known by an https address of its own
/// (<see cref="PublicHost"/>) that the bot's HTTP clients carry to loopback (<see cref="LoopbackRedirect"/>).
/// </summary>
public sealed class TestIssuer : IAsyncDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";

    private readonly WebApplication _app;
    private readonly List<(RsaSecurityKey Key, string[]? Endorsements)> _published = [];
    private readonly Lock _gate = new();

    private TestIssuer(WebApplication app, string issuer)
    {
        _app = app;
        Issuer = issuer;
    }

    public string Issuer { get; }

    /// <summary>The made-up host the issuer is published under; never resolved, always redirected.</summary>
    public string PublicHost => $"issuer-{new Uri(_app.Urls.First()).Port}.botframework.test";

    public Uri LoopbackUrl => new(_app.Urls.First());

    public string MetadataUrl => $"https://{PublicHost}/v1/.well-known/openidconfiguration";

    /// <summary>
    /// Makes the SDK fetch this issuer's metadata through <see cref="LoopbackRedirect"/>. The SDK fetches it with a
    /// static HttpClient of its own, through a key cache it shares by metadata address and fills on first use:
    /// a <see cref="JwtTokenExtractor"/> made here first, with a redirecting client, is the one it then uses.
    /// </summary>
    public void ServeTheSdkOverLoopback()
    {
        var client = new HttpClient(new LoopbackRedirect(new Dictionary<string, Uri> { [PublicHost] = LoopbackUrl }) { InnerHandler = new HttpClientHandler() });
        _ = new JwtTokenExtractor(client, new TokenValidationParameters(), MetadataUrl, AuthenticationConstants.AllowedSigningAlgorithms);
    }

    public int MetadataRequests { get; private set; }

    public static async Task<TestIssuer> StartAsync(string issuer = ChannelIssuer)
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var test = new TestIssuer(app, issuer);
        app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            test.MetadataRequests++;
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = issuer,
                ["jwks_uri"] = $"https://{test.PublicHost}/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
        });
        app.MapGet("/v1/.well-known/keys", () => Results.Text(test.KeySetJson(), "application/json"));
        await app.StartAsync();
        return test;
    }

    /// <summary>A fresh 2048-bit RSA key, not yet published.</summary>
    public static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    /// <summary>Publishes a key; null endorsements leaves the field out (an Entra-style key).</summary>
    public RsaSecurityKey Publish(RsaSecurityKey key, params string[]? endorsements)
    {
        lock (_gate)
        {
            _published.Add((key, endorsements));
        }

        return key;
    }

    public string Token(RsaSecurityKey key, IDictionary<string, object> claims, DateTime? notBefore = null, DateTime? expires = null, string algorithm = SecurityAlgorithms.RsaSha256, string? issuer = null, string? audience = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = (notBefore ?? now.AddMinutes(-1)).AddSeconds(-1),
            Expires = expires ?? now.AddMinutes(30),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    /// <summary>An HMAC-signed token: the kind a forger with a guessed secret would send.</summary>
    public string SymmetricToken(string audience, IDictionary<string, object> claims)
    {
        var secret = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "hmac" };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Expires = DateTime.UtcNow.AddMinutes(30),
            Claims = claims,
            SigningCredentials = new SigningCredentials(secret, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>An unsigned token (<c>alg: none</c>) naming a published key.</summary>
    public string UnsignedToken(string kid, string audience, IDictionary<string, object> claims)
    {
        var now = DateTimeOffset.UtcNow;
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = audience,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(30).ToUnixTimeSeconds(),
        };
        foreach (var (name, value) in claims)
        {
            payload[name] = JsonValue.Create(value.ToString());
        }

        return $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}")}.{Base64Url(payload.ToJsonString())}.";
    }

    private string KeySetJson()
    {
        var keys = new JsonArray();
        lock (_gate)
        {
            foreach (var (key, endorsements) in _published)
            {
                var parameters = key.Rsa.ExportParameters(false);
                var jwk = new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                };
                if (endorsements is not null)
                {
                    jwk["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)JsonValue.Create(e)).ToArray());
                }

                keys.Add(jwk);
            }
        }

        return new JsonObject { ["keys"] = keys }.ToJsonString(new JsonSerializerOptions());
    }

    private static string Base64Url(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
