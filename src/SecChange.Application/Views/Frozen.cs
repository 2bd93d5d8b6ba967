using System.Collections.Immutable;
using SecChange.Domain.Consultations;
using SecChange.Domain.Modifications;
using SecChange.Domain.Voting;

namespace SecChange.Application.Views;

/// <summary>
/// Copies for views: every list becomes an immutable array, so nothing a host holds can be cast back to
/// a list the aggregate (or another view) still uses.
/// </summary>
internal static class Frozen
{
    public static IReadOnlyList<T> List<T>(IEnumerable<T> items) => ImmutableArray.CreateRange(items);

    /// <summary>The references as text (a loop: a query over the id struct would be compiled afresh by every process showing one).</summary>
    public static IReadOnlyList<string> References(IReadOnlyList<ModificationId> ids)
    {
        var references = new string[ids.Count];
        for (var i = 0; i < references.Length; i++)
        {
            references[i] = ids[i].ToString();
        }

        return List(references);
    }

    public static Consultation Of(Consultation c) => c with { Questions = List(c.Questions), Responses = List(c.Responses.Select(Of)) };

    public static ConsultationResponse Of(ConsultationResponse r) => r with { Answers = List(r.Answers) };

    public static Vote Of(Vote v) => v with { Objectives = List(v.Objectives) };

    public static VoteTally Of(VoteTally t) => t with { Groups = List(t.Groups) };

    public static CostEstimate Of(CostEstimate c) => c with { DccImplementation = List(c.DccImplementation) };
}
