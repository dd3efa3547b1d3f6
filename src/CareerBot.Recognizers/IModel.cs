namespace CareerBot.Recognizers;

/// <summary>A recognizer for one entity family, as returned by the recognizers' Get*Model methods.</summary>
public interface IModel
{
    string ModelTypeName { get; }

    string Culture { get; }

    List<ModelResult> Parse(string query);
}
