using System.Text.Json;
using System.Text.Json.Serialization;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Json;

/// <summary>
/// Compile-time metadata for every event type (<see cref="EventTypes"/>; a test checks they agree): reading a stored
/// history then builds no serializer by reflection, which was most of `show`'s time. The shape is still
/// <see cref="RegisterJson"/>'s: its options (names, converters, stable enum names) apply here as to any other type,
/// and other types are read by reflection. Types whose init-only properties have initializers (CodeRules, Meeting, ...)
/// stay there: generated metadata would set a property missing from the JSON to its type's default, not the initializer's.
/// Stored events and the rules file are first read by <see cref="PlainRecordReader"/>, which needs no metadata at all;
/// this context serves writes and whatever that reader leaves to the full one.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(DraftProposalRaised))]
[JsonSerializable(typeof(HistoryBaselined))]
[JsonSerializable(typeof(HistoryObserved))]
[JsonSerializable(typeof(AlternativeRaised))]
[JsonSerializable(typeof(AlternativeLinked))]
[JsonSerializable(typeof(DetailsAmended))]
[JsonSerializable(typeof(ClassificationChanged))]
[JsonSerializable(typeof(CscOutcomeRecorded))]
[JsonSerializable(typeof(ConvertedToModificationProposal))]
[JsonSerializable(typeof(RouteChanged))]
[JsonSerializable(typeof(WorkingGroupMeetingHeld))]
[JsonSerializable(typeof(AssessmentRequested))]
[JsonSerializable(typeof(ImpactAssessmentRequestDeferred))]
[JsonSerializable(typeof(AssessmentAccepted))]
[JsonSerializable(typeof(AssessmentReturned))]
[JsonSerializable(typeof(AssessmentPaused))]
[JsonSerializable(typeof(AssessmentResumed))]
[JsonSerializable(typeof(AssessmentDateRevised))]
[JsonSerializable(typeof(ConsultationOpened))]
[JsonSerializable(typeof(ConsultationResponseReceived))]
[JsonSerializable(typeof(ConsultationClosed))]
[JsonSerializable(typeof(ChangeBoardVoteCast))]
[JsonSerializable(typeof(ModificationReportApproved))]
[JsonSerializable(typeof(DecisionRecorded))]
[JsonSerializable(typeof(DecisionChallenged))]
[JsonSerializable(typeof(ChallengeDetermined))]
[JsonSerializable(typeof(Withdrawn))]
[JsonSerializable(typeof(ReleaseTargeted))]
[JsonSerializable(typeof(ReleaseApproved))]
[JsonSerializable(typeof(ReleaseImplemented))]
[JsonSerializable(typeof(ProgressionRecommended))]
[JsonSerializable(typeof(ConsultationPlanned))]
[JsonSerializable(typeof(ModificationChange))]
internal sealed partial class RegisterJsonContext : JsonSerializerContext;
