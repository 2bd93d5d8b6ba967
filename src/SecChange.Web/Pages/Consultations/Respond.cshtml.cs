using Microsoft.AspNetCore.Mvc;
using SecChange.Application.Access;
using SecChange.Application.Consultations;
using SecChange.Domain.Consultations;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Consultations;

/// <summary>A Party's answer to a consultation, question by question, given by its signed-in representative before the window closes.</summary>
public sealed class RespondModel(VisibleRegister register, ConsultationService consultations) : SecChangePage
{
    public sealed class AnswerInput
    {
        public AnswerPosition? Position { get; set; }
        public string? Text { get; set; }
    }

    [BindProperty] public List<AnswerInput> Answers { get; set; } = [];
    [BindProperty] public string? ExpectedCosts { get; set; }
    [BindProperty] public bool Confidential { get; set; }

    public string Reference { get; private set; } = "";
    public string Title { get; private set; } = "";
    public Consultation Consultation { get; private set; } = null!;
    public ConsultationRow Row { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string reference, string kind, CancellationToken ct)
    {
        if (!Viewer.IsSignedIn) return Challenge();
        return await LoadAsync(reference, kind, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string reference, string kind, CancellationToken ct)
    {
        if (!Viewer.IsSignedIn) return Challenge();
        if (!await LoadAsync(reference, kind, ct)) return NotFound();
        var answers = Answers.Select((a, i) => (a, Question: i + 1)).Where(x => x.a.Position is { } p && p != AnswerPosition.None)
            .Select(x => new ConsultationAnswer(x.Question, x.a.Position!.Value, string.IsNullOrWhiteSpace(x.a.Text) ? null : x.a.Text.Trim())).ToList();
        try
        {
            await consultations.RespondAsync(Viewer, Reference, Consultation.Kind, answers,
                string.IsNullOrWhiteSpace(ExpectedCosts) ? null : ExpectedCosts.Trim(), Confidential, Today, ct);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError("", ex.Message);
            return Page();
        }

        return Redirect(ConsultationLinks.Page(Reference, Consultation.Kind) + "#responses");
    }

    private async Task<bool> LoadAsync(string reference, string kind, CancellationToken ct)
    {
        try
        {
            var view = await register.ViewAsync(Viewer, reference, Today, ct);
            if (ConsultationLinks.Find(view, kind) is not { } consultation)
            {
                return false;
            }

            (Reference, Title, Consultation) = (view.Reference, view.Title, consultation);
            Row = ConsultationRow.Of(view.Reference, view.Title, consultation);
            while (Answers.Count < consultation.Questions.Count) Answers.Add(new AnswerInput());
            return true;
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            return false;
        }
    }
}
