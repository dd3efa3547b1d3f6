namespace CareerBot.Knowledge.Tests.Content.GuideFacts;

/// <summary>
/// One figure or name found on a guide page: <see cref="Text"/> as the page writes it, <see cref="Key"/>
/// the normalised form two writings of the same fact share ("$152K" and "152,000" → "money 152000").
/// </summary>
internal sealed record GuideFact(string Key, string Text);
