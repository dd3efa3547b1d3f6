using System.Net;

namespace CareerBot.BotFramework;

/// <summary>The Connector refused a reply for good (or the reply could not be sent safely); the reason says which.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ConnectorException(string message, HttpStatusCode? status)
        : base(message) => Status = status;

    public HttpStatusCode? Status { get; }
}
