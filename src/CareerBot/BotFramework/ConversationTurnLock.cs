namespace CareerBot.BotFramework;

/// <summary>
/// One turn at a time per conversation. Teams sends an install's <c>conversationUpdate</c> and
/// <c>installationUpdate</c> together; run side by side, both would see "not yet welcomed" and greet twice.
/// Striped: a fixed set of locks shared by hash, so memory stays bounded however many conversations there are.
/// </summary>
public sealed class ConversationTurnLock : IDisposable
{
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> EnterAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationKey) % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    public void Dispose()
    {
        foreach (var stripe in _stripes)
        {
            stripe.Dispose();
        }
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
