namespace CareerBot.Recognizers.Choice;

[Flags]
public enum ChoiceOptions
{
    None = 0,
}
