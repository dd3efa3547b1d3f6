namespace CareerBot.Knowledge.Content;

/// <summary><c>data/certifications.yaml</c>: the certifications and the recommended path.</summary>
public sealed class CertificationTable
{
    public PathBudget? PathBudget { get; set; }
    public string? FirstRecommended { get; set; }
    public List<Certification> Certifications { get; set; } = [];
}

public sealed class PathBudget
{
    public decimal Amount { get; set; }
    public bool Plus { get; set; }
    public int Certifications { get; set; }
    public string Source { get; set; } = "";
}

public sealed class Certification
{
    public string Id { get; set; } = "";
    public string Entry { get; set; } = "";
    public string Name { get; set; } = "";
    public string Provider { get; set; } = "";
    public string Cloud { get; set; } = "none";
    public string Validates { get; set; } = "";
    public MoneyRange? SalaryBump { get; set; }
    public int? PathStep { get; set; }
    public List<string> Sources { get; set; } = [];
}

public sealed class MoneyRange
{
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public bool Plus { get; set; }
    public string? Source { get; set; }
}
