namespace CareerBot.Knowledge.Content;

/// <summary><c>data/salaries.yaml</c>: medians, ranges and pay by level, each with its source.</summary>
public sealed class SalaryTable
{
    public List<SalaryFigure> Medians { get; set; } = [];
    public List<SalaryRange> Ranges { get; set; } = [];
    public List<SalaryLevels> Levels { get; set; } = [];
}

public sealed class SalaryFigure
{
    public string Label { get; set; } = "";
    public decimal Amount { get; set; }
    public string Unit { get; set; } = "year";
    public string? Role { get; set; }
    public string? Kind { get; set; }
    public string Source { get; set; } = "";
    public string? AsOf { get; set; }
}

public sealed class SalaryRange
{
    public string Label { get; set; } = "";
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public bool Plus { get; set; }
    public string Source { get; set; } = "";
}

public sealed class SalaryLevels
{
    public string Source { get; set; } = "";

    /// <summary>How the source writes its figures: "full" ("$120,000 – $180,000") or, by default, in thousands ("$96K-$120K"); replies quote them the same way.</summary>
    public string Figures { get; set; } = "thousands";

    public List<SalaryLevelRow> Rows { get; set; } = [];
}

public sealed class SalaryLevelRow
{
    public string Level { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Years { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public bool Plus { get; set; }

    /// <summary>Whether its source writes figures in full (set from <see cref="SalaryLevels.Figures"/> when the table is loaded).</summary>
    public bool FullFigures { get; set; }
}
