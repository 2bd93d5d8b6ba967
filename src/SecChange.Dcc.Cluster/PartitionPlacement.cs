using Orleans.Placement;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace SecChange.Dcc.Cluster;

/// <summary>Spreads partitions evenly: partition p goes to the (p mod n)-th of the n silos, in address order.</summary>
[GenerateSerializer]
[Immutable]
public sealed class PartitionPlacementStrategy : PlacementStrategy
{
    internal static readonly PartitionPlacementStrategy Instance = new();
}

/// <summary>Places a grain class by <see cref="PartitionPlacementStrategy"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class PartitionPlacementAttribute() : PlacementAttribute(PartitionPlacementStrategy.Instance);

/// <summary>Chooses the silo of a partition when it is first activated.</summary>
public sealed class PartitionPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var silos = context.GetCompatibleSilos(target).OrderBy(s => s.ToString(), StringComparer.Ordinal).ToArray();
        var partition = target.GrainIdentity.GetIntegerKey();
        return Task.FromResult(silos[(int)(partition % silos.Length)]);
    }
}
