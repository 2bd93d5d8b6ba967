using SecChange.Application.Access;

namespace SecChange.Web.Pages.Consultations;

/// <summary>Every consultation on the modifications the visitor may see: open ones first, soonest closing first.</summary>
public sealed class IndexModel(VisibleConsultations consultations) : SecChangePage
{
    public IReadOnlyList<ConsultationRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await consultations.ListAsync(Viewer, ct);
}
