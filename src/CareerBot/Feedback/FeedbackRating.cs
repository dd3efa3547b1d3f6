namespace CareerBot.Feedback;

/// <summary>A reader's verdict on one answer: 👍 or 👎.</summary>
public enum FeedbackRating
{
    Helpful,
    NotHelpful,
}
