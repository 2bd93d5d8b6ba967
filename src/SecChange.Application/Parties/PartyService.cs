using SecChange.Application.Register;
using SecChange.Domain.Errors;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;

namespace SecChange.Application.Parties;

/// <summary>The organisations and people known to the register.</summary>
public sealed class PartyService(RegisterCore core)
{
    public Task<IReadOnlyList<Party>> PartiesAsync(CancellationToken ct = default) => core.ReadAsync(s => s.PartiesAsync(ct), ct);

    public async Task SavePartyAsync(Party party, Actor by, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(party.Name) || party.Category == PartyCategory.None)
        {
            throw DomainException.Invalid("A party needs a name and a category.");
        }

        await core.WriteAsync(async session =>
        {
            await session.SavePartyAsync(party, ct);
            await core.AuditAsync(session, by, "party save", party.Name, party.Category.ToString(), ct);
        }, ct);
    }

    public Task<IReadOnlyList<Person>> PeopleAsync(CancellationToken ct = default) => core.ReadAsync(s => s.PeopleAsync(ct), ct);

    public async Task SavePersonAsync(Person person, Actor by, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(person.Name) || string.IsNullOrWhiteSpace(person.Organisation))
        {
            throw DomainException.Invalid("A person needs a name and an organisation.");
        }

        await core.WriteAsync(async session =>
        {
            await session.SavePersonAsync(person, ct);
            await core.AuditAsync(session, by, "person save", person.Name, $"{person.Organisation}{(person.Role is null ? "" : ", " + person.Role)}", ct);
        }, ct);
    }
}
