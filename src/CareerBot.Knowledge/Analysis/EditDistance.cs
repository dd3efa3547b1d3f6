using Lucene.Net.Util.Automaton;

namespace CareerBot.Knowledge.Analysis;

/// <summary>How many edits apart two words are, up to a limit, asked of Lucene's Levenshtein automata.</summary>
public static class EditDistance
{
    /// <summary>The fewest insertions, deletions, substitutions or transpositions from a to b, or limit + 1 when more are needed.</summary>
    public static int DamerauLevenshtein(string a, string b, int limit)
    {
        if (a == b)
        {
            return 0;
        }

        // Lucene builds automata for at most two edits, as its fuzzy queries do.
        for (var edits = 1; edits <= Math.Min(limit, 2); edits++)
        {
            if (Math.Abs(a.Length - b.Length) <= edits
                && new CharacterRunAutomaton(new LevenshteinAutomata(a, withTranspositions: true).ToAutomaton(edits)).Run(b))
            {
                return edits;
            }
        }

        return limit + 1;
    }
}
