using System.Text.Json;
using SecChange.Dcc.Identity;

namespace SecChange.Dcc.Requests;

/// <summary>A DCC User: one User id per User Role, as on the DCC network.</summary>
/// <param name="Id">The User id (the originator in a DUIS RequestID).</param>
/// <param name="Role">The role this User id acts in.</param>
/// <param name="Active">False when the User may not send requests (E3).</param>
public sealed record DccUser(Eui64 Id, UserRole Role, bool Active = true);

/// <summary>The DCC Users the model recognises.</summary>
public sealed class DccUserRegistry
{
    private readonly Dictionary<Eui64, DccUser> _users = [];

    /// <summary>
    /// The Users of the DCC reference test messages: 90-B3-D5-1F-30-01-00-00 Import Supplier (also the
    /// Gas Supplier in the gas messages), 30-02-00-00 Electricity Distributor, 30-03-00-00 Gas
    /// Transporter, 30-01-00-08 Export Supplier. [CONFIGURABLE]
    /// </summary>
    public static DccUserRegistry CreateDefault()
    {
        var registry = new DccUserRegistry();
        registry.Add(new DccUser(Eui64.Parse("90-B3-D5-1F-30-01-00-00"), UserRole.IS | UserRole.GS));
        registry.Add(new DccUser(Eui64.Parse("90-B3-D5-1F-30-02-00-00"), UserRole.ED));
        registry.Add(new DccUser(Eui64.Parse("90-B3-D5-1F-30-03-00-00"), UserRole.GT));
        registry.Add(new DccUser(Eui64.Parse("90-B3-D5-1F-30-01-00-08"), UserRole.ES));
        return registry;
    }

    /// <summary>Adds or replaces a User.</summary>
    public void Add(DccUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        _users[user.Id] = user;
    }

    public bool TryGet(Eui64 id, out DccUser user) => _users.TryGetValue(id, out user!);

    public IReadOnlyCollection<DccUser> All => _users.Values;

    /// <summary>Loads Users from JSON: <c>[{"id":"90-B3-...","roles":["IS","GS"],"active":true}]</c>.</summary>
    public static DccUserRegistry Load(string json)
    {
        var registry = new DccUserRegistry();
        using var doc = JsonDocument.Parse(json);
        foreach (var row in doc.RootElement.EnumerateArray())
        {
            var id = Eui64.Parse(row.GetProperty("id").GetString() ?? string.Empty);
            var roles = UserRole.None;
            foreach (var r in row.GetProperty("roles").EnumerateArray())
            {
                roles |= Enum.Parse<UserRole>(r.GetString() ?? string.Empty, ignoreCase: true);
            }

            var active = !row.TryGetProperty("active", out var a) || a.GetBoolean();
            registry.Add(new DccUser(id, roles, active));
        }

        return registry;
    }
}
