namespace SecChange.Application.Register;

/// <summary>A stored value and the version it was read at, for optimistic concurrency.</summary>
public sealed record Stored<T>(T Value, int Version);
