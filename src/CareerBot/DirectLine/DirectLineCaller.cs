namespace CareerBot.DirectLine;

/// <summary>Who is calling: nobody (allowed only to start a conversation, in local development mode), a holder of the secret, or a token's holder.</summary>
public sealed record DirectLineCaller(DirectLineCallerKind Kind, DirectLineGrant? Grant = null)
{
    public static readonly DirectLineCaller Anonymous = new(DirectLineCallerKind.Anonymous);
    public static readonly DirectLineCaller Secret = new(DirectLineCallerKind.Secret);
}

public enum DirectLineCallerKind
{
    Anonymous,
    Secret,
    Token,
}
