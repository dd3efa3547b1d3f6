using System.Globalization;

namespace CareerBot.Dialogs;

/// <summary>Dollar amounts as the guide writes them: "$1,200", "$15K–$25K", "$322K+".</summary>
public static class Money
{
    public static string Dollars(decimal amount) => "$" + amount.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Thousands(decimal amount) => "$" + (amount / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "K";

    public static string Range(decimal? min, decimal? max, bool plus) => (min, max) switch
    {
        ({ } lo, { } hi) => $"{Thousands(lo)}–{Thousands(hi)}{(plus ? "+" : "")}",
        ({ } lo, null) => $"{Thousands(lo)}+",
        (null, { } hi) => $"up to {Thousands(hi)}",
        _ => "no figure given",
    };
}
