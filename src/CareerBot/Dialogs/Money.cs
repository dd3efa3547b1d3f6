using System.Globalization;
using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs;

/// <summary>Dollar amounts as the guide writes them: "$1,200", "$15K–$25K", "$322K+".</summary>
public static class Money
{
    public static string Dollars(decimal amount) => "$" + amount.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Thousands(decimal amount) => "$" + (amount / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "K";

    public static string Range(decimal? min, decimal? max, bool plus) => Range(min, max, plus, Thousands);

    /// <summary>A pay band written the way its source writes figures, so a reader finds the page's own numbers.</summary>
    public static string Range(SalaryLevelRow row) => Range(row.Min, row.Max, row.Plus, row.FullFigures ? Dollars : Thousands);

    private static string Range(decimal? min, decimal? max, bool plus, Func<decimal, string> format) => (min, max) switch
    {
        ({ } lo, { } hi) => $"{format(lo)}–{format(hi)}{(plus ? "+" : "")}",
        ({ } lo, null) => $"{format(lo)}+",
        (null, { } hi) => $"up to {format(hi)}",
        _ => "no figure given",
    };
}
