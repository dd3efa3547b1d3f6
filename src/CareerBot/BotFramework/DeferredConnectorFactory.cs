using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace CareerBot.BotFramework;

/// <summary>
/// The SDK's Connector factory for an authenticated turn, asked only when the turn uses its Connector client. The
/// adapter makes that client on every turn (about half a millisecond of CPU: an HTTP handler, serializer settings,
/// user-agent headers), while our turns answer in the response or through the outbox and almost never touch it.
/// </summary>
public sealed class DeferredConnectorFactory(ConnectorFactory inner) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        Task.FromResult<IConnectorClient>(new DeferredClient(() => inner.CreateAsync(serviceUrl, audience, cancellationToken)));

    private sealed class DeferredClient(Func<Task<IConnectorClient>> create) : IConnectorClient
    {
        // The SDK's factories answer at once (the credentials fetch their token later, on the first call).
        private readonly Lazy<IConnectorClient> _client = new(() => create().GetAwaiter().GetResult());

        public Uri BaseUri
        {
            get => _client.Value.BaseUri;
            set => _client.Value.BaseUri = value;
        }

        public JsonSerializerSettings SerializationSettings => _client.Value.SerializationSettings;

        public JsonSerializerSettings DeserializationSettings => _client.Value.DeserializationSettings;

        public ServiceClientCredentials Credentials => _client.Value.Credentials;

        public IAttachments Attachments => _client.Value.Attachments;

        public IConversations Conversations => _client.Value.Conversations;

        public void Dispose()
        {
            if (_client.IsValueCreated)
            {
                _client.Value.Dispose();
            }
        }
    }
}
