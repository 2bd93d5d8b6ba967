using NodaTime;
using SecChange.Application.Consultations;
using SecChange.Domain.Consultations;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;

namespace SecChange.Application.Tests;

/// <summary>Confidential consultation respondents: named for SECAS on request, unnamed for everyone else.</summary>
public class DisclosurePolicyTests
{
    private static readonly Consultation Mp105Mrc = new(ConsultationKind.ModificationReport, new LocalDate(2020, 11, 25), new LocalDate(2020, 12, 15), null)
    {
        Questions = ["Should MP105 be approved?"],
        Responses =
        [
            new ConsultationResponse("E.ON", PartyCategory.LargeSupplier, new LocalDate(2020, 12, 1), [new ConsultationAnswer(1, AnswerPosition.Agree)], null, false, false),
            new ConsultationResponse("WPD", PartyCategory.ElectricityNetworkParty, new LocalDate(2020, 12, 2), [new ConsultationAnswer(1, AnswerPosition.Agree)],
                "About £5,000", true, false),
        ],
    };

    private static readonly Actor Secas = new("Holly Burton", ActorRole.Secas, "SECAS");
    private static readonly Actor Supplier = new("Paul Saker", ActorRole.Party, "EDF Energy");

    [Fact]
    public void Disclose_WhenSecasAsksForNames_ShowsTheConfidentialRespondent() =>
        DisclosurePolicy.Disclose(Mp105Mrc, Secas, nameConfidential: true).Responses.Select(r => r.Respondent).ShouldBe(["E.ON", "WPD"]);

    [Fact]
    public void Disclose_WhenNamesAreNotAskedFor_HidesTheConfidentialRespondentAndTheirCostsEvenFromSecas()
    {
        var shown = DisclosurePolicy.Disclose(Mp105Mrc, Secas, nameConfidential: false).Responses;

        shown.Select(r => r.Respondent).ShouldBe(["E.ON", "Confidential respondent"]);
        shown[1].ExpectedCosts.ShouldBeNull();
        shown[1].Answers.ShouldBe(Mp105Mrc.Responses[1].Answers);
    }

    [Theory]
    [InlineData(ActorRole.Party)]
    [InlineData(ActorRole.Panel)]
    [InlineData(ActorRole.ChangeBoard)]
    [InlineData(ActorRole.Dcc)]
    public void Disclose_WhenAnyoneButSecasAsksForNames_IsRefusedSayingWhy(ActorRole role)
    {
        var ex = Should.Throw<DomainException>(() => DisclosurePolicy.Disclose(Mp105Mrc, Supplier with { Role = role }, nameConfidential: true));

        ex.Kind.ShouldBe(ErrorKind.RuleBroken);
        ex.Message.ShouldContain("Only SECAS may see who gave confidential responses");
        ex.Message.ShouldNotContain("--");
    }
}
