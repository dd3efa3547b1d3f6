namespace CareerBot.Recognizers.NumberWithUnit.Units;

/// <summary>
/// Currency spellings with the unit names and ISO codes Microsoft's currency model reports.
/// "$" alone is just "Dollar" (it is not necessarily American); "us $" and "usd" are USD.
/// Three-letter codes that are also English words (ALL, GEL, MAD) are deliberately absent.
/// </summary>
internal static class CurrencyUnits
{
    private const UnitPlacement After = UnitPlacement.After;
    private const UnitPlacement Both = UnitPlacement.Both;
    private const UnitPlacement AfterOrAlone = UnitPlacement.After | UnitPlacement.Alone;

    public static readonly UnitAliasMatcher Matcher = new(
    [
        new("$", "Dollar", Both),
        new("dollar", "Dollar", AfterOrAlone),
        new("dollars", "Dollar", AfterOrAlone),
        new("bucks", "Dollar", After),
        new("buck", "Dollar", After),
        new("us $", "United States dollar", Both, "USD"),
        new("us$", "United States dollar", Both, "USD"),
        new("u.s $", "United States dollar", Both, "USD"),
        new("u.s. $", "United States dollar", Both, "USD"),
        new("usd$", "United States dollar", Both, "USD"),
        new("usd", "United States dollar", Both, "USD"),
        new("us dollar", "United States dollar", After, "USD"),
        new("us dollars", "United States dollar", After, "USD"),
        new("united states dollars", "United States dollar", After, "USD"),
        new("musd", "United States dollar", Both, "USD", 1e6),
        new("c $", "Canadian dollar", Both, "CAD"),
        new("c$", "Canadian dollar", Both, "CAD"),
        new("cad$", "Canadian dollar", Both, "CAD"),
        new("cad", "Canadian dollar", Both, "CAD"),
        new("canadian dollars", "Canadian dollar", After, "CAD"),
        new("hk $", "Hong Kong dollar", Both, "HKD"),
        new("hk$", "Hong Kong dollar", Both, "HKD"),
        new("hkd", "Hong Kong dollar", Both, "HKD"),
        new("aud$", "Australian dollar", Both, "AUD"),
        new("aud", "Australian dollar", Both, "AUD"),
        new("maud", "Australian dollar", Both, "AUD", 1e6),
        new("australian dollars", "Australian dollar", After, "AUD"),
        new("australian dollar", "Australian dollar", After, "AUD"),
        new("nzd$", "New Zealand dollar", Both, "NZD"),
        new("nzd", "New Zealand dollar", Both, "NZD"),
        new("mxn$", "Mexican peso", Both, "MXN"),
        new("mex$", "Mexican peso", Both, "MXN"),
        new("mxn", "Mexican peso", Both, "MXN"),
        new("€", "Euro", Both, "EUR"),
        new("eur", "Euro", Both, "EUR"),
        new("meur", "Euro", Both, "EUR", 1e6),
        new("euro", "Euro", After, "EUR"),
        new("euros", "Euro", After, "EUR"),
        new("£", "Pound", Both),
        new("pounds", "Pound", After),
        new("pound", "Pound", After),
        new("gbp", "British pound", Both, "GBP"),
        new("mgbp", "British pound", Both, "GBP", 1e6),
        new("british pounds", "British pound", After, "GBP"),
        new("pence", "Pence", After),
        new("penny", "Penny", After),
        new("cents", "Cent", After),
        new("cent", "Cent", After),
        new("yen", "Japanese yen", After, "JPY"),
        new("jpy", "Japanese yen", Both, "JPY"),
        new("yuan", "Chinese yuan", After, "CNY"),
        new("chinese yuan", "Chinese yuan", After, "CNY"),
        new("rmb", "Chinese yuan", UnitPlacement.Both | UnitPlacement.Alone, "CNY"),
        new("cny", "Chinese yuan", Both, "CNY"),
        new("元", "Chinese yuan", After, "CNY"),
        new("kuai", "Chinese yuan", After, "CNY"),
        new("francs", "Franc", After),
        new("franc", "Franc", After),
        new("swiss francs", "Swiss franc", After, "CHF"),
        new("chf", "Swiss franc", Both, "CHF"),
        new("finnish markka", "Finnish markka", After),
        new("pesetas", "Peseta", After),
        new("dutch guilders", "Netherlands guilder", After),
        new("rupees", "Rupee", After),
        new("rupee", "Rupee", After),
        new("inr", "Indian rupee", Both, "INR"),
        new("ரூ", "Sri Lankan rupee", Both, "LKR"),
        new("₡", "Costa Rican colón", Both, "CRC"),
        new("₾", "Georgian lari", Both, "GEL"),
        new("₭", "Lao kip", Both, "LAK"),
        new("turkish lira", "Turkish lira", After, "TRY"),
        new("₿", "Bitcoin", Both),
        new("btc", "Bitcoin", Both),
        new("bitcoins", "Bitcoin", After),
        new("bitcoin", "Bitcoin", After),
        new("satoshis", "Satoshi", After),
        new("satoshi", "Satoshi", After),
        new("sen", "Sen", Both),
    ]);

    /// <summary>Units whose hundredth is a cent, so "3 dollars 50" is 3.50.</summary>
    public static bool HasCents(string unit) => unit.EndsWith("dollar", StringComparison.OrdinalIgnoreCase) || unit == "Euro";
}
