namespace CareerBot.Knowledge.Search;

/// <summary>Field boosts: a word in a question says more than the same word in a tag, and far more than in an answer.</summary>
public sealed record FieldWeights(double Question, double Alternates, double Tags, double Answer)
{
    public static FieldWeights Default { get; } = new(10.0, 7.0, 4.0, 1.0);
}
