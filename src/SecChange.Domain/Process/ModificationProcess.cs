using NodaTime;
using SecChange.Domain.Calendar;
using SecChange.Domain.Errors;
using SecChange.Domain.Limits;
using SecChange.Domain.Modifications;

namespace SecChange.Domain.Process;

/// <summary>
/// Takes steps on modifications: checks a proposed change against the transition table and its rules,
/// and only then records it as a dated event. Illegal steps are refused with a message naming what is
/// allowed next; nothing is ever recorded out of date order.
/// </summary>
public sealed class ModificationProcess(CodeRules rules, WorkingDayCalendar calendar, IClock clock)
{
    private static readonly HashSet<ActorRole> Raisers =
        [ActorRole.Proposer, ActorRole.Party, ActorRole.Panel, ActorRole.Secas, ActorRole.Dcc];

    public CodeRules Rules { get; } = rules;
    public WorkingDayCalendar Calendar { get; } = calendar;

    /// <summary>Today in Great Britain, from the injected clock.</summary>
    public LocalDate Today => SecDay.Today(clock);

    /// <summary>Creates a modification from its first event: a raised Draft Proposal, a history baseline or an alternative.</summary>
    public Modification Create(ModificationId id, ModificationChange creation, LocalDate on, Actor by, string? reason = null,
        Instant? recordedAt = null)
    {
        if (on > Today)
        {
            throw DomainException.Broken($"{on:d MMM yyyy} is in the future; record a step on or after the day it happens.");
        }

        CheckLimits(creation, by, reason);
        switch (creation)
        {
            case DraftProposalRaised raised:
                RequireText(raised.Title, "A Draft Proposal needs a title.");
                RequireText(raised.ProposerName, "A Draft Proposal needs its Proposer's name.");
                RequireRole(by, "raise a Draft Proposal", Raisers);
                if (id.IsAlternative)
                {
                    throw DomainException.Invalid($"{id} is an alternative; raise it as an alternative to {id.Base}.");
                }

                if (raised.Classification == Classification.None)
                {
                    throw DomainException.Invalid("A Draft Proposal needs a classification (RED, AMBER, GREEN or WHITE).");
                }

                break;
            case HistoryBaselined baseline:
                RequireText(baseline.Title, "A modification entered from history needs a title.");
                RequireText(baseline.Source, "A modification entered from history needs its source (the document it comes from).");
                RequireRole(by, "enter a modification from history", [ActorRole.Secas]);
                if (baseline.State == ModificationState.None)
                {
                    throw DomainException.Invalid("A modification entered from history needs the state it was in.");
                }

                if (baseline.RaisedOn > on)
                {
                    throw DomainException.Invalid($"It cannot have been raised on {baseline.RaisedOn:d MMM yyyy}, after it is first known ({on:d MMM yyyy}).");
                }

                break;
            case AlternativeRaised alternative:
                RequireText(alternative.Title, "An alternative needs a title.");
                RequireRole(by, "raise an alternative solution", [ActorRole.Secas, ActorRole.WorkingGroup]);
                if (!id.IsAlternative || id.Base != alternative.Parent)
                {
                    throw DomainException.Invalid($"{id} is not an alternative of {alternative.Parent}: use the parent's number with a letter, e.g. {alternative.Parent}A.");
                }

                break;
            default:
                throw DomainException.Invalid($"{creation.GetType().Name} cannot start a modification.");
        }

        return Modification.Replay([new ModificationEvent(id, 1, on, recordedAt ?? clock.GetCurrentInstant(), by, reason, creation)]);
    }

    /// <summary>Checks a step against the table and rules; if it is allowed, applies it and returns the new event.</summary>
    /// <param name="recordedAt">Kept from an imported file; otherwise the clock's now.</param>
    public ModificationEvent Take(Modification modification, ModificationChange change, LocalDate on, Actor by, string? reason = null,
        Instant? recordedAt = null)
    {
        CheckLimits(change, by, reason);
        if (change is DetailsAmended { LeadTimeMonths: { } months })
        {
            Releases.ImplementationDateRule.CheckLeadTime(months);
        }

        var step = TransitionTable.StepFor(change);
        if (!step.IsAllowedFrom(modification.State))
        {
            var allowed = TransitionTable.AllowedFor(modification).Select(s => s.Action).ToList();
            throw DomainException.Broken(
                $"{modification.Reference} is {Where(modification.State)}: it is not the time to {step.Action}. Allowed next: " +
                (allowed.Count == 0 ? "nothing (the modification is closed)." : string.Join("; ", allowed) + "."));
        }

        RequireRole(by, step.Action, step.Roles);

        var context = new RuleContext(modification, change, on, by, reason, Today, Rules, Calendar);
        foreach (var rule in TransitionTable.Always.Concat(step.Rules))
        {
            if (rule.Check(context) is { } broken)
            {
                throw new DomainException(rule.Kind, broken);
            }
        }

        var e = new ModificationEvent(modification.Id, modification.Version + 1, on, recordedAt ?? clock.GetCurrentInstant(), by, reason, change);
        modification.Apply(e);
        return e;
    }

    /// <summary>The last day on which a Self-Governance decision may be referred (or appealed), if one may be.</summary>
    public LocalDate? ChallengeWindowCloses(Modification modification, DecidingBody to) =>
        ChallengeWindow.Closes(modification, Calendar, Rules, to);

    private static string Where(ModificationState state) => state switch
    {
        ModificationState.Approved or ModificationState.Rejected or ModificationState.Withdrawn or ModificationState.Implemented =>
            state.Describe().ToLowerInvariant(),
        _ => "in the " + state.Describe(),
    };

    /// <summary>Oversized text is refused before any rule runs, whichever host or file it came from.</summary>
    private static void CheckLimits(ModificationChange change, Actor by, string? reason)
    {
        TextFields.Check(change);
        TextFields.Check(by);
        InputLimits.Text(reason, "reason", InputLimits.MaxTextLength);
    }

    private static void RequireText(string? text, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw DomainException.Invalid(message);
        }
    }

    /// <param name="action">The step in process words, e.g. "raise a Draft Proposal".</param>
    private static void RequireRole(Actor by, string action, IReadOnlyCollection<ActorRole> roles)
    {
        if (!roles.Contains(by.Role))
        {
            throw DomainException.Broken($"Only {string.Join(" or ", roles.Select(r => r.Describe()))} may {action}, not {by.Role.Describe()}.");
        }
    }
}
