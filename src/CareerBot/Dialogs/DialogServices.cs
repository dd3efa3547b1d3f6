using CareerBot.Dialogs.BreakIn;
using CareerBot.Dialogs.CareerPath;
using CareerBot.Dialogs.Planner;
using CareerBot.Dialogs.Salary;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Dialogs;

/// <summary>Guided conversations: the dialogs, their runner and route, and the salary chart they link to.</summary>
public static class DialogServices
{
    public static IServiceCollection AddDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DialogOptions>(configuration.GetSection("Dialogs"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<Dialog, CertificationPlanDialog>();
        services.AddSingleton<Dialog, SalaryByLevelDialog>();
        services.AddSingleton<Dialog, BreakInRoadmapDialog>();
        services.AddSingleton<Dialog, CareerPathDialog>();
        services.AddSingleton<DialogCatalog>();
        services.AddSingleton<DialogRunner>();
        services.AddSingleton<DialogRoute>();
        return services;
    }

    public static IEndpointRouteBuilder MapDialogs(this IEndpointRouteBuilder app) => app.MapSalaryChart();
}
