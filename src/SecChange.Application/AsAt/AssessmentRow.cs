using SecChange.Application.Views;

namespace SecChange.Application.AsAt;

/// <summary>One line of the register-wide assessment list: the modification (as it was then known) and its assessment.</summary>
public sealed record AssessmentRow(string Modification, AssessmentView Assessment);
