using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using SecChange.Dcc.Identity;

namespace SecChange.Dcc.Signing;

/// <summary>
/// XML-signing certificates by owner EUI-64, read from a keystore in the DCC Boxed format
/// (<c>{ "eui64": { "digitalSignature": { "serial": { certificate, privateKey, name, role } } } }</c>).
/// <see cref="Default"/> is the public ZAZ1 test keystore shipped with the model.
/// </summary>
public sealed class DuisKeystore
{
    /// <summary>Role code of a DCC User's XML-signing certificate.</summary>
    public const int UserXmlSigningRole = 135;

    /// <summary>Role code of the DCC's own XML-signing certificate.</summary>
    public const int DccXmlSigningRole = 137;

    private static readonly Lazy<DuisKeystore> DefaultKeystore = new(() =>
        Parse(EmbeddedData.Read("keystore.json")));

    private readonly Dictionary<Eui64, List<SigningIdentity>> _byOwner;

    private DuisKeystore(Dictionary<Eui64, List<SigningIdentity>> byOwner) => _byOwner = byOwner;

    /// <summary>The ZAZ1 test keystore (DCC Boxed's), XML-signing entries only.</summary>
    public static DuisKeystore Default => DefaultKeystore.Value;

    /// <summary>The owners that have an XML-signing certificate.</summary>
    public IEnumerable<Eui64> Owners => _byOwner.Keys.Order();

    /// <summary>The certificate an owner signs DUIS with (one whose private key is held).</summary>
    public bool TryGetSigner(Eui64 owner, out SigningIdentity signer)
    {
        signer = _byOwner.TryGetValue(owner, out var list) ? list.FirstOrDefault(s => s.CanSign)! : null!;
        return signer is not null;
    }

    /// <summary>The owner's certificate with this serial number (decimal), if the keystore has it.</summary>
    public bool TryFindCertificate(Eui64 owner, string serialNumber, out SigningIdentity certificate)
    {
        certificate = _byOwner.TryGetValue(owner, out var list)
            ? list.FirstOrDefault(s => s.SerialNumber == serialNumber?.Trim())!
            : null!;
        return certificate is not null;
    }

    /// <summary>Reads a keystore; only XML-signing certificates (roles 135 and 137) are kept.</summary>
    /// <exception cref="FormatException">The text is not a keystore.</exception>
    public static DuisKeystore Parse(string json)
    {
        var byOwner = new Dictionary<Eui64, List<SigningIdentity>>();
        try
        {
            using var document = JsonDocument.Parse(json);
            foreach (var owner in document.RootElement.EnumerateObject())
            {
                var id = new Eui64(ulong.Parse(owner.Name, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                if (!owner.Value.TryGetProperty("digitalSignature", out var signing))
                {
                    continue;
                }

                foreach (var entry in signing.EnumerateObject())
                {
                    var role = entry.Value.GetProperty("role").GetInt32();
                    if (role is not (UserXmlSigningRole or DccXmlSigningRole))
                    {
                        continue;
                    }

                    var certificate = X509Certificate2.CreateFromPem(entry.Value.GetProperty("certificate").GetString());
                    var privateKey = entry.Value.TryGetProperty("privateKey", out var key) ? key.GetString() : null;
                    var name = entry.Value.TryGetProperty("name", out var n) ? n.GetString() ?? entry.Name : entry.Name;
                    if (!byOwner.TryGetValue(id, out var list))
                    {
                        byOwner[id] = list = [];
                    }

                    list.Add(new SigningIdentity(id, name, role, entry.Name, certificate, privateKey));
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or
                                         System.Security.Cryptography.CryptographicException or OverflowException)
        {
            throw new FormatException($"The keystore is not readable: {ex.Message}", ex);
        }

        return new DuisKeystore(byOwner);
    }
}
