using System.Buffers.Binary;
using System.Text.Json.Nodes;
using CareerBot.Tests.Support;

namespace CareerBot.Tests.Teams;

/// <summary>The Teams app package source in deploy/teams (the JSON schema check itself runs in CI, see deploy/teams/validate.sh).</summary>
public sealed class TeamsAppPackageTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "deploy", "teams");
    private static readonly JsonObject Manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!.AsObject();

    [Fact]
    public void TheManifestIsOnACurrentSchemaAndItsVersionMatchesTheSchemaUrl()
    {
        var version = (string)Manifest["manifestVersion"]!;

        Assert.Matches(@"^1\.2[0-9]$", version);
        Assert.Contains($"/v{version}/", (string)Manifest["$schema"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBotIdIsAPlaceholderFilledFromConfiguration()
    {
        var bot = Manifest["bots"]![0]!;

        Assert.Equal("{{MicrosoftAppId}}", (string)bot["botId"]!);
        Assert.Equal("{{MicrosoftAppId}}", (string)Manifest["id"]!);
    }

    [Fact]
    public void TheBotWorksInPersonalChatsTeamsAndGroupChats()
    {
        var scopes = Manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string)s!).ToList();

        Assert.Equal(["personal", "team", "groupChat"], scopes);
    }

    [Fact]
    public void TheCommandListOffersTheFourStarterCommands()
    {
        var commands = Manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();

        Assert.Equal(["help", "ask a question", "plan my certifications", "salary by level"], commands.Select(c => (string)c!["title"]!));
        Assert.All(commands, c => Assert.False(string.IsNullOrWhiteSpace((string?)c!["description"])));
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void IconsAreSquareRgbaPngsOfTheRequiredSize(string file, int size)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));

        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        Assert.Equal(6, bytes[25]);
        Assert.Equal(file, (string)Manifest["icons"]![file.Replace(".png", "", StringComparison.Ordinal)]!);
    }
}
