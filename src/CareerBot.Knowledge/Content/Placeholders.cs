using System.Globalization;

namespace CareerBot.Knowledge.Content;

/// <summary>Fills <c>{name}</c> placeholders in content text; unknown names are left as they are, so a typo shows.</summary>
public static class Placeholders
{
    public static string Fill(string text, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }
}
