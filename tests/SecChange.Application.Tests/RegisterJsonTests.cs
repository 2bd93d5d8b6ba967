using System.Text.Json;
using SecChange.Application.Json;
using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Testing;

namespace SecChange.Application.Tests;

public class RegisterJsonTests
{
    private static ModificationProcess Process() =>
        new(ReferenceData.Rules(), ReferenceData.EnglandAndWalesCalendar, FixedClock.On(2026, 11, 21));

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    [Fact]
    public void ParseDocument_WhenMp105Fixture_ReplaysToRefinementWithTwoReturnedAssessments()
    {
        var document = RegisterDocumentReader.Parse(Fixture("mp105.json"));

        var mp105 = RegisterReplay.ReplayAll(document, Process()).Single();

        mp105.Reference.ShouldBe("MP105");
        mp105.State.ShouldBe(ModificationState.Refinement);
        mp105.Assessments.Select(a => a.Id).ShouldBe(["PA1", "PA2"]);
        mp105.Assessments.ShouldAllBe(a => !a.IsOpen);
    }

    [Fact]
    public void Serialize_WhenEventsRoundTrip_KeepsEveryField()
    {
        var document = RegisterDocumentReader.Parse(Fixture("mp105.json"));

        var again = RegisterDocumentReader.Parse(JsonSerializer.Serialize(document, RegisterJson.Indented));

        JsonSerializer.Serialize(again, RegisterJson.Options).ShouldBe(JsonSerializer.Serialize(document, RegisterJson.Options));
        again.Modifications[0].Events[2].Change.ShouldBe(
            new ConvertedToModificationProposal(ModificationPath.SelfGovernance, ModificationRoute.RefinementProcess));
    }

    [Theory]
    [InlineData("{", "not valid")]
    [InlineData("{\"format\":\"other\",\"version\":1}", "not a SecChange register")]
    [InlineData("{\"format\":\"secchange-register\",\"version\":9}", "version 9 is not supported")]
    [InlineData("{\"format\":\"secchange-register\",\"version\":1,\"modifications\":[{\"id\":\"XX1\",\"events\":[]}]}", "not valid")]
    [InlineData("{\"format\":\"secchange-register\",\"version\":1,\"surprise\":1}", "not valid")]
    public void ParseDocument_WhenMalformed_FailsWithOneLineMessage(string json, string expected)
    {
        var ex = Should.Throw<DomainException>(() => RegisterDocumentReader.Parse(json));

        ex.Kind.ShouldBe(ErrorKind.InvalidInput);
        ex.Message.ShouldContain(expected);
        ex.Message.ShouldNotContain("\n");
    }
}

public class ShippedRulesTests
{
    [Fact]
    public void Rules_WhenShippedFileIsRead_EqualTheDocumentedSecDefaults()
    {
        var shipped = SecChange.Application.Reference.ReferenceData.Rules();

        shipped.ShouldBe(SecChange.Domain.Process.CodeRules.Sec with { ScheduledReleaseMonths = shipped.ScheduledReleaseMonths });
        shipped.ScheduledReleaseMonths.ShouldBe([2, 6, 11]);
        shipped.ChangeBoardQuorum.ShouldBe(5);
    }

    [Fact]
    public void Rules_WhenAnotherCodesFileChangesAWindow_UseIt()
    {
        var rules = SecChange.Application.Reference.ReferenceData.Rules("{ \"code\": \"REC\", \"referralWindowWorkingDays\": 10 }");

        rules.Code.ShouldBe("REC");
        rules.ReferralWindowWorkingDays.ShouldBe(10);
        rules.AppealWindowWorkingDays.ShouldBe(15);
    }

    [Fact]
    public void Rules_WhenAKeyIsMisspelt_AreRefused() =>
        Should.Throw<SecChange.Domain.Errors.DomainException>(() => SecChange.Application.Reference.ReferenceData.Rules("{ \"refferalWindow\": 10 }"))
            .Message.ShouldContain("rules file is not valid");
}
