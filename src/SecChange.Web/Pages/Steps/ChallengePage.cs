using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>A referral to the Panel or an appeal to the Authority; the Party raising it defaults to the account's organisation.</summary>
public abstract class ChallengePage : ModificationStepPage
{
    [BindProperty, Required(ErrorMessage = "Enter the Party that raises it"), StringLength(200)] public string? RaisedBy { get; set; }

    protected abstract DecidingBody To { get; }

    protected override Task PrepareAsync(CancellationToken ct)
    {
        RaisedBy ??= Viewer.Organisation;
        return Task.CompletedTask;
    }

    protected override ModificationChange Change() => new DecisionChallenged(To, RaisedBy!.Trim());
}
