using System.Net;
using System.Text;
using CareerBot.DirectLine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CareerBot.Widget;

/// <summary>
/// The website chat as the bot serves it: <c>/widget.js</c> (plus its stylesheet) for one script tag on any
/// site, the demo article at <c>/</c> with the widget on it, and <c>/embed</c>, which documents the snippets.
/// Our pages load nothing from other origins, and their Content-Security-Policy says so.
/// </summary>
public static class WidgetEndpoints
{
    private const string PageSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ws: wss:; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'self'; object-src 'none'";

    public static IEndpointRouteBuilder MapWidget(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => Page(http, "index.html"));
        app.MapGet("/embed", (HttpContext http, IOptions<DirectLineOptions> options) => Page(http, "embed.html", options.Value));
        app.MapGet("/widget.js", (HttpContext http) => File(http, "widget.js"));
        app.MapGet("/widget.css", (HttpContext http) => File(http, "widget.css"));
        app.MapGet("/site.css", (HttpContext http) => File(http, "site.css"));
        return app;
    }

    private static IResult File(HttpContext http, string name)
    {
        var asset = WidgetAssets.Find(name)!;
        http.Response.Headers.ETag = asset.ETag;
        // Short-lived caching: sites embed /widget.js by a fixed URL, so a new version must reach them soon.
        http.Response.Headers.CacheControl = "public, max-age=300";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        if (http.Request.Headers.IfNoneMatch == asset.ETag)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(asset.Bytes, asset.ContentType);
    }

    private static ContentHttpResult Page(HttpContext http, string name, DirectLineOptions? options = null)
    {
        var asset = WidgetAssets.Find(name)!;
        var html = Encoding.UTF8.GetString(asset.Bytes);
        if (options is not null)
        {
            // The snippets on /embed show this bot's real address, ready to copy.
            html = html.Replace("{{origin}}", WebUtility.HtmlEncode(DirectLineHttp.BaseUrl(http, options)), StringComparison.Ordinal);
        }

        http.Response.Headers.ContentSecurityPolicy = PageSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }
}
