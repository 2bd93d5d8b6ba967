using Microsoft.AspNetCore.Mvc;
using SecChange.Application.Access;
using SecChange.Domain.Consultations;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Consultations;

/// <summary>One consultation: its questions, the count of positions per question, and the responses (confidential respondents named to SECAS only).</summary>
public sealed class ShowModel(VisibleRegister register) : SecChangePage
{
    public string Reference { get; private set; } = "";
    public string Title { get; private set; } = "";
    public Consultation Consultation { get; private set; } = null!;
    public ConsultationRow Row { get; private set; } = null!;
    public IReadOnlyList<QuestionSummary> Summary { get; private set; } = [];

    /// <summary>Whether this account may answer now: signed in for an organisation, within the window, not yet answered.</summary>
    public bool MayRespond => Viewer.IsSignedIn && Viewer.Organisation is not null && Row.AcceptsResponsesOn(Today) &&
        !Consultation.Responses.Any(r => string.Equals(r.Respondent, Viewer.Organisation, StringComparison.OrdinalIgnoreCase));

    public async Task<IActionResult> OnGetAsync(string reference, string kind, CancellationToken ct)
    {
        try
        {
            var view = await register.ViewAsync(Viewer, reference, Today, ct);
            if (ConsultationLinks.Find(view, kind) is not { } consultation)
            {
                return NotFound();
            }

            (Reference, Title, Consultation) = (view.Reference, view.Title, consultation);
            Row = ConsultationRow.Of(view.Reference, view.Title, consultation);
            Summary = ConsultationSummary.Of(consultation.Questions, consultation.Responses);
            return Page();
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
    }
}
