namespace SecChange.Dcc.Cluster;

/// <summary>
/// The time partition holds lapse on: the system's, unless a host registers another first (a test stands
/// it still). Its own type, so Orleans' own timers keep the time they resolve.
/// </summary>
public sealed record PartitionHoldTime(TimeProvider Provider);
