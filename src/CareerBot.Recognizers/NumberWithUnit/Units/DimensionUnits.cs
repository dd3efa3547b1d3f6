namespace CareerBot.Recognizers.NumberWithUnit.Units;

/// <summary>
/// Units of length, weight, volume, area, speed, information and angle, with the names and
/// subtypes Microsoft's dimension model reports (it files gallons under Weight, so we do too).
/// Speeds are built from a length and a time ("km/h", "meters per millisecond").
/// </summary>
internal static class DimensionUnits
{
    private const UnitPlacement After = UnitPlacement.After;

    public static readonly UnitAliasMatcher Matcher = new(Build());

    private static IEnumerable<UnitAlias> Build()
    {
        foreach (var alias in Group("Length",
                     ("Meter", ["m", "meter", "meters", "metre", "metres"]),
                     ("Kilometer", ["km", "kilometer", "kilometers", "kilometre", "kilometres"]),
                     ("Centimeter", ["cm", "centimeter", "centimeters", "centimetre", "centimetres"]),
                     ("Millimeter", ["mm", "millimeter", "millimeters", "millimetre", "millimetres"]),
                     ("Decimeter", ["dm", "decimeter", "decimeters"]),
                     ("Picometer", ["pm", "picometer", "picometers"]),
                     ("Nanometer", ["nm", "nanometer", "nanometers"]),
                     ("Inch", ["inch", "inches", "\""]),
                     ("Foot", ["ft", "foot", "feet"]),
                     ("Yard", ["yd", "yard", "yards"]),
                     ("Mile", ["mi", "mile", "miles"]),
                     ("Light year", ["light year", "light years"])))
            yield return alias;

        foreach (var alias in Group("Weight",
                     ("Kilogram", ["kg", "kilogram", "kilograms", "kilo", "kilos"]),
                     ("Gram", ["g", "gram", "grams", "gramme", "grammes"]),
                     ("Milligram", ["mg", "milligram", "milligrams"]),
                     ("Microgram", ["μg", "mcg", "microgram", "micrograms", "microgramme", "microgrammes"]),
                     ("Pound", ["lb", "lbs", "pound", "pounds"]),
                     ("Ounce", ["oz", "ounce", "ounces"]),
                     ("Ton", ["t", "ton", "tons", "tonne", "tonnes"]),
                     ("Metric ton", ["metric ton", "metric tons"]),
                     ("Dram", ["dram", "drams", "drachma", "drachmas"]),
                     ("Gallon", ["gallon", "gallons", "gal"])))
            yield return alias;

        foreach (var alias in Group("Volume",
                     ("Milliliter", ["ml", "milliliter", "milliliters", "millilitre", "millilitres"]),
                     ("Liter", ["l", "liter", "liters", "litre", "litres"]),
                     ("Barrel", ["barrel", "barrels", "bbl"]),
                     ("Cubic foot", ["cubic foot", "cubic feet"]),
                     ("Cubic meter", ["cubic meter", "cubic meters", "m3"]),
                     ("Cup", ["cup", "cups"]),
                     ("Tablespoon", ["tablespoon", "tablespoons", "tbsp"]),
                     ("Teaspoon", ["teaspoon", "teaspoons", "tsp"])))
            yield return alias;

        foreach (var alias in Group("Area",
                     ("Acre", ["acre", "acres"]),
                     ("Square meter", ["square meter", "square meters", "square metre", "square metres", "m2", "sq m"]),
                     ("Square kilometer", ["square kilometer", "square kilometers", "km2", "sq km"]),
                     ("Square foot", ["square foot", "square feet", "sq ft", "ft2"]),
                     ("Hectare", ["hectare", "hectares", "ha"])))
            yield return alias;

        foreach (var alias in Group("Angle",
                     ("Degree", ["degree", "degrees", "deg"]),
                     ("Radian", ["rad", "radian", "radians"]),
                     ("Turn", ["turn", "turns"])))
            yield return alias;

        foreach (var alias in Group("Information",
                     ("Bit", ["bit", "bits"]),
                     ("Byte", ["byte", "bytes"]),
                     ("Kilobyte", ["kilobyte", "kilobytes"]),
                     ("Megabyte", ["megabyte", "megabytes"]),
                     ("Gigabyte", ["gigabyte", "gigabytes"]),
                     ("Terabyte", ["terabyte", "terabytes"]),
                     ("Megabit", ["mb", "megabit", "megabits"]),
                     ("Kilobit", ["kb", "kilobit", "kilobits"]),
                     ("Gigabit", ["gb", "gigabit", "gigabits"])))
            yield return alias;

        // Upper-case B is a byte, lower-case b a bit: "100 MB" is a megabyte, "100 mb" a megabit.
        yield return new("KB", "Kilobyte", After, CaseSensitive: true, Subtype: "Information");
        yield return new("MB", "Megabyte", After, CaseSensitive: true, Subtype: "Information");
        yield return new("GB", "Gigabyte", After, CaseSensitive: true, Subtype: "Information");
        yield return new("TB", "Terabyte", After, CaseSensitive: true, Subtype: "Information");

        foreach (var alias in Speeds()) yield return alias;
    }

    private static IEnumerable<UnitAlias> Speeds()
    {
        (string Name, string[] Spellings)[] lengths =
        [
            ("Meter", ["m", "meter", "meters", "metre", "metres"]),
            ("Kilometer", ["km", "kilometer", "kilometers", "kilometre", "kilometres"]),
            ("Centimeter", ["cm", "centimeter", "centimeters"]),
            ("Mile", ["mile", "miles", "mi"]),
        ];
        (string Name, string[] Spellings)[] times =
        [
            ("hour", ["hour", "hr", "h"]),
            ("second", ["second", "sec", "s"]),
            ("minute", ["minute", "min"]),
            ("millisecond", ["millisecond", "ms"]),
        ];
        foreach (var (length, lengthSpellings) in lengths)
        {
            foreach (var (time, timeSpellings) in times)
            {
                var unit = $"{length} per {time}";
                foreach (var l in lengthSpellings)
                {
                    foreach (var t in timeSpellings)
                    {
                        yield return new($"{l}/{t}", unit, After, Subtype: "Speed");
                        if (t.Length > 2) yield return new($"{l} per {t}", unit, After, Subtype: "Speed");
                        if (t.Length > 2) yield return new($"{l} an {t}", unit, After, Subtype: "Speed");
                    }
                }
            }
        }

        yield return new("kph", "Kilometer per hour", After, Subtype: "Speed");
        yield return new("kmph", "Kilometer per hour", After, Subtype: "Speed");
        yield return new("mph", "Mile per hour", After, Subtype: "Speed");
    }

    private static IEnumerable<UnitAlias> Group(string subtype, params (string Unit, string[] Spellings)[] units) =>
        units.SelectMany(u => u.Spellings.Select(s => new UnitAlias(s, u.Unit, After, Subtype: subtype)));
}
