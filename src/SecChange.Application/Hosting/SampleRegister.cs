using SecChange.Application.Exchange;
using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Domain.Process;

namespace SecChange.Application.Hosting;

/// <summary>The register recreated from the seed documents, loaded into a new (empty) register so a first start has something to show.</summary>
public sealed class SampleRegister(RegisterCore core, RegisterExchange exchange)
{
    public static readonly Actor Loader = new("SecChange sample loader", ActorRole.Secas);

    /// <summary>Loads the sample when the register holds nothing yet; returns how many modifications were loaded (0 when it was not empty).</summary>
    public async Task<int> LoadIfEmptyAsync(CancellationToken ct = default)
    {
        if (!await core.ReadAsync(s => s.IsEmptyAsync(ct), ct))
        {
            return 0;
        }

        return await exchange.ImportAsync(ReferenceData.SampleRegister(), Loader, ct);
    }
}
