namespace CareerBot.Knowledge.Content;

/// <summary><c>data/outlook.yaml</c>: each source's growth figure and the size of the field.</summary>
public sealed class OutlookTable
{
    public List<GrowthFigure> Growth { get; set; } = [];
    public CountFigure? OpeningsPerYear { get; set; }
    public CountFigure? Jobs { get; set; }
    public List<Dictionary<string, object>> Market { get; set; } = [];
}

public sealed class GrowthFigure
{
    public decimal Percent { get; set; }
    public string Period { get; set; } = "";
    public string Scope { get; set; } = "";
    public string Source { get; set; } = "";
}

public sealed class CountFigure
{
    public long Count { get; set; }
    public int? Year { get; set; }
    public string Scope { get; set; } = "";
    public string Source { get; set; } = "";
}
