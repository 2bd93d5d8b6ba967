using SecChange.Domain.Consultations;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;
using SecChange.Domain.Voting;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

/// <summary>Votes on a modification's ballot and the decision that must follow it.</summary>
public class BallotRuleTests
{
    private static Scenario Voting() => Scenario.Draft().ReadyToConvert().Convert().ToReportPhase().ReadyToVote();

    private static ChangeBoardVoteCast Cast(string seat, VotingGroup group, VotePosition position, string? by = null) =>
        new(seat, by ?? seat, group, position, "Better facilitates objective (a)", [SecObjective.A]);

    private static Scenario Quorate(Scenario s, VotePosition position = VotePosition.Approve)
    {
        foreach (var (seat, group) in new[] { ("P Saker", VotingGroup.LargeSuppliers), ("A Margan", VotingGroup.SmallSuppliers),
            ("G Slaney", VotingGroup.ElectricityNetworkParties), ("E Rees", VotingGroup.Consumers), ("J Lishawa", VotingGroup.OtherSecParties) })
        {
            s.Take(Cast(seat, group, position), ActorRole.ChangeBoard);
        }

        return s;
    }

    [Fact]
    public void Cast_BeforeTheReportConsultationCloses_Refused() =>
        Scenario.Draft().ReadyToConvert().Convert().ToReportPhase().ApproveReport()
            .Refused(Cast("P Saker", VotingGroup.LargeSuppliers, VotePosition.Approve), ActorRole.ChangeBoard, "before its Modification Report Consultation has closed");

    [Fact]
    public void Cast_TheSameVoteAgainForTheSeat_RefusedEvenByTheAlternate()
    {
        var s = Voting().Take(Cast("P Saker", VotingGroup.LargeSuppliers, VotePosition.Approve), ActorRole.ChangeBoard);

        s.Refused(Cast("P Saker", VotingGroup.LargeSuppliers, VotePosition.Approve), ActorRole.ChangeBoard, "seat has already voted approve");
        s.Refused(Cast("P Saker", VotingGroup.LargeSuppliers, VotePosition.Approve, by: "Alex Alternate"), ActorRole.ChangeBoard, "seat has already voted approve");
    }

    [Fact]
    public void Cast_AChangedPositionForTheSeat_ReplacesTheEarlierOneInTheCount()
    {
        var s = Quorate(Voting(), VotePosition.Approve)
            .Take(Cast("P Saker", VotingGroup.LargeSuppliers, VotePosition.Reject, by: "Alex Alternate"), ActorRole.ChangeBoard);

        s.M.Votes.Count.ShouldBe(6);
        s.M.OpenBallotVotes.Count.ShouldBe(6);
        s.M.CurrentBallot.Count.ShouldBe(5);
        s.M.CurrentBallot.Single(v => v.Seat == "P Saker").Position.ShouldBe(VotePosition.Reject);
    }

    [Fact]
    public void Cast_AfterTheDecision_Refused()
    {
        var s = Quorate(Voting()).Vote(DecisionOutcome.Approve);

        s.Refused(Cast("New Member", VotingGroup.GasNetworkParties, VotePosition.Reject), ActorRole.ChangeBoard, "it is not the time to cast a Change Board vote");
    }

    [Fact]
    public void Decide_WhenTheBallotApproves_RecordsTheSelfGovernanceApproval()
    {
        var s = Quorate(Voting()).Vote(DecisionOutcome.Approve);

        s.State.ShouldBe(ModificationState.Approved);
        s.M.CurrentBallot.ShouldBeEmpty();
        s.M.Votes.Count.ShouldBe(5);
    }

    [Fact]
    public void Decide_AgainstTheBallot_Refused() =>
        Quorate(Voting(), VotePosition.Reject).Refused(new DecisionRecorded(DecidingBody.ChangeBoard, DecisionOutcome.Approve),
            ActorRole.ChangeBoard, "must follow its ballot");

    [Fact]
    public void Decide_WithoutQuorum_RefusedNamingTheCount()
    {
        var s = Voting().Take(Cast("P Saker", VotingGroup.LargeSuppliers, VotePosition.Approve), ActorRole.ChangeBoard);

        s.Refused(new DecisionRecorded(DecidingBody.ChangeBoard, DecisionOutcome.Approve), ActorRole.ChangeBoard, "not quorate on MP105: 1 vote cast, 5 needed");
    }

    [Fact]
    public void Decide_OnAnAuthorityPath_IsARecommendationAndANewBallotFollowsASendBack()
    {
        var s = Quorate(Scenario.Draft().ReadyToConvert().Convert(ModificationPath.AuthorityDetermination).ToReportPhase().ReadyToVote())
            .Vote(DecisionOutcome.Approve);
        s.State.ShouldBe(ModificationState.AwaitingAuthorityDecision);

        s.Take(new DecisionRecorded(DecidingBody.Authority, DecisionOutcome.SendBack), ActorRole.Authority).ReadyToVote();

        s.M.CurrentBallot.ShouldBeEmpty();
        s.Take(Cast("P Saker", VotingGroup.LargeSuppliers, VotePosition.Reject), ActorRole.ChangeBoard).M.CurrentBallot.Count.ShouldBe(1);
    }
}

/// <summary>Consultation questions, responses, late flags and summaries.</summary>
public class ConsultationResponseTests
{
    private static readonly string[] Questions =
    [
        "Do you agree that MP105 should be approved?",
        "Will MP105 impact your organisation?",
    ];

    private static Scenario Consulting() =>
        Scenario.Draft().ReadyToConvert().Convert()
            .Take(new ConsultationOpened(ConsultationKind.Refinement, D(2020, 10, 5), Questions), ActorRole.Secas, D(2020, 9, 14));

    private static ConsultationResponseReceived Response(string who, AnswerPosition first, bool late = false, PartyCategory category = PartyCategory.LargeSupplier) =>
        new(ConsultationKind.Refinement, who, category, [new ConsultationAnswer(1, first, "Reason")], null, false, late);

    [Fact]
    public void Respond_WithinTheWindow_IsRecordedAgainstTheConsultation()
    {
        var s = Consulting().Take(Response("E.ON", AnswerPosition.Agree), ActorRole.Secas, D(2020, 10, 1));

        var response = s.M.Consultations.Single().Responses.Single();
        response.Respondent.ShouldBe("E.ON");
        response.PositionOn(1).ShouldBe(AnswerPosition.Agree);
        response.PositionOn(2).ShouldBe(AnswerPosition.Neutral);
    }

    [Fact]
    public void Respond_AfterTheWindowWithoutTheLateFlag_RefusedAndWithItKept()
    {
        var s = Consulting();

        s.Refused(Response("OVO Energy", AnswerPosition.Agree), ActorRole.Secas, "closed on 5 Oct 2020; record this response as late", D(2020, 10, 6));
        s.Refused(Response("OVO Energy", AnswerPosition.Agree), ActorRole.Party, "closed on 5 Oct 2020 and takes no more responses; ask SECAS", D(2020, 10, 6));
        s.Take(Response("OVO Energy", AnswerPosition.Agree, late: true), ActorRole.Secas, D(2020, 10, 6));

        s.M.Consultations.Single().Responses.Single().Late.ShouldBeTrue();
    }

    [Fact]
    public void Respond_FlaggedLateWithinTheWindow_Refused() =>
        Consulting().Refused(Response("OVO Energy", AnswerPosition.Agree, late: true), ActorRole.Secas, "is not late", D(2020, 10, 5));

    [Fact]
    public void Respond_TwiceByTheSameParty_Refused() =>
        Consulting().Take(Response("E.ON", AnswerPosition.Agree), ActorRole.Secas, D(2020, 9, 20))
            .Refused(Response("e.on", AnswerPosition.Disagree), ActorRole.Secas, "E.ON has already responded", D(2020, 9, 21));

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Respond_ToAQuestionThatDoesNotExist_Refused(int question) =>
        Consulting().Refused(new ConsultationResponseReceived(ConsultationKind.Refinement, "WPD", PartyCategory.ElectricityNetworkParty,
            [new ConsultationAnswer(question, AnswerPosition.Agree)]), ActorRole.Secas, "questions 1 to 2", D(2020, 9, 20));

    [Fact]
    public void Respond_WithoutAConsultation_Refused() =>
        Scenario.Draft().ReadyToConvert().Convert()
            .Refused(Response("E.ON", AnswerPosition.Agree), ActorRole.Secas, "has had no Refinement Consultation");

    [Fact]
    public void Summary_WhenAllEightAgree_SaysSoAndCountsUnansweredAsNeutral()
    {
        var s = Consulting();
        var parties = new[] { "E.ON", "EDF Energy", "OVO Energy", "Scottish Power", "Octopus Energy", "Utilita", "SSEN", "WPD" };
        foreach (var (party, i) in parties.Select((p, i) => (p, i)))
        {
            s.Take(Response(party, AnswerPosition.Agree, category: i < 5 ? PartyCategory.LargeSupplier : PartyCategory.SmallSupplier), ActorRole.Secas, D(2020, 9, 15 + i));
        }

        var summary = ConsultationSummary.Of(Questions, s.M.Consultations.Single().Responses);

        summary[0].Sentence.ShouldBe("All eight respondents agreed.");
        summary[0].ByCategory[PartyCategory.LargeSupplier].ShouldBe((5, 0, 0));
        summary[1].Neutral.ShouldBe(8);
        summary[1].Sentence.ShouldBe("Eight of eight respondents were neutral.");
    }

    [Theory]
    [InlineData(5, 2, 1, "Five of eight respondents agreed; two disagreed; one was neutral.")]
    [InlineData(0, 3, 0, "All three respondents disagreed.")]
    [InlineData(2, 0, 0, "Both respondents agreed.")]
    [InlineData(0, 1, 2, "One of three respondents disagreed; two were neutral.")]
    [InlineData(0, 0, 0, "No responses were received.")]
    public void Sentence_WhenMixed_CountsEachPosition(int agree, int disagree, int neutral, string expected) =>
        ConsultationSummary.Sentence(agree + disagree + neutral, agree, disagree, neutral).ShouldBe(expected);
}
