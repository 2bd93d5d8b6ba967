using System.Text.Json;
using SecChange.Application.Json;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Tests;

public class StableEnumNameTests
{
    public static TheoryData<Type> DomainEnums() =>
        new(typeof(ModificationState).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && t != typeof(ErrorKind)).OrderBy(t => t.Name));

    [Theory, MemberData(nameof(DomainEnums))]
    public void Names_WhenADomainEnumIsStoredOrExchanged_GiveEveryMemberOneUniqueName(Type enumType)
    {
        StableEnumNames.Covers(enumType).ShouldBeTrue($"{enumType.Name} has no stable names");

        var names = Enum.GetValues(enumType).Cast<object>()
            .Select(v => JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(v, enumType, RegisterJson.Options))!).ToList();

        names.ShouldBeUnique();
        foreach (var (value, name) in Enum.GetValues(enumType).Cast<object>().Zip(names))
        {
            JsonSerializer.Deserialize($"\"{name}\"", enumType, RegisterJson.Options).ShouldBe(value);
        }
    }

    [Fact]
    public void Parse_WhenTextIsNotAMember_FailsListingTheNames()
    {
        var ex = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Stage>("\"Dreaming\"", RegisterJson.Options));

        ex.Message.ShouldContain("'Dreaming' is not a Stage (expected one of None, Define, Refine, Opine, Implement, Closed)");
    }

    [Fact]
    public void Parse_WhenCaseDiffers_ReadsTheMember() =>
        StableEnumNames.Parse<ModificationState>("reportphase").ShouldBe(ModificationState.ReportPhase);
}
