using System.Reflection;
using CareerBot.Tests.Storage;
using CareerBot.Tests.Support;
using Xunit.Sdk;

namespace CareerBot.Tests.Deployment;

/// <summary>
/// Runs a theory on two instances behind nginx on PostgreSQL. Skipped, with the reason, on a machine without
/// them; under <c>CI=true</c> it runs and fails instead, so CI never passes without testing the deployment.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TwoInstancesAttribute : DataAttribute
{
    public TwoInstancesAttribute()
    {
        if ((TestDatabases.Postgres is null || NginxProxy.Executable is null) && !TestStores.InCi)
        {
            Skip = $"needs PostgreSQL ({TestDatabases.PostgresVariable}) and nginx ({NginxProxy.Variable} or /usr/sbin/nginx); .ci/run starts both";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["PostgreSql"]];
}
