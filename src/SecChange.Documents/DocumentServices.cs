using Microsoft.Extensions.DependencyInjection;
using SecChange.Documents.Builders;
using SecChange.Documents.Rendering;

namespace SecChange.Documents;

public static class DocumentServices
{
    /// <summary>The renderers (and the document builders) every host uses.</summary>
    public static IServiceCollection AddSecChangeDocuments(this IServiceCollection services)
    {
        services.AddSingleton(_ => new ChromiumPdfPrinter());
        services.AddSingleton<DocumentRenderer>();
        services.AddSingleton<MinutesDocuments>();
        services.AddSingleton<ConsultationDocuments>();
        services.AddSingleton<ModificationReportDocuments>();
        services.AddSingleton<StatusReport.ChangeStatusReportDocuments>();
        return services;
    }
}
