using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// Drops apostrophes and digit-group commas left inside a token ("don't" → "dont", "152,000" → "152000"),
/// so chat spellings and grouped figures meet the same term.
/// </summary>
public sealed class ApostropheRemover : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public ApostropheRemover(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = 0;
        for (var i = 0; i < _term.Length; i++)
        {
            if (buffer[i] is not ('\'' or '’'))
            {
                buffer[length++] = buffer[i];
            }
        }

        _term.Length = length;
        return true;
    }
}
