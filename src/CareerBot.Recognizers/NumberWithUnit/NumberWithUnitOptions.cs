namespace CareerBot.Recognizers.NumberWithUnit;

[Flags]
public enum NumberWithUnitOptions
{
    None = 0,
}
