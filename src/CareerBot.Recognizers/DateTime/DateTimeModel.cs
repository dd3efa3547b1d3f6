namespace CareerBot.Recognizers.DateTime;

public sealed class DateTimeModel(string culture) : IModel
{
    public string ModelTypeName => "datetime";

    public string Culture => culture;

    public List<ModelResult> Parse(string query) => Parse(query, System.DateTime.Now);

    public List<ModelResult> Parse(string query, System.DateTime refTime) => ModelResults.Safely(culture, query, _ => []);
}
