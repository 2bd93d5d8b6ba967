using Microsoft.EntityFrameworkCore;
using SecChange.Storage.Rows;

namespace SecChange.Storage.Tests;

/// <summary>The plain-SQL writes of a step name every column the EF model maps, so a column added later is never left unwritten.</summary>
public class SqlWritesTests
{
    [Theory]
    [InlineData(typeof(ModificationRow), SqlWrites.ModificationColumns)]
    [InlineData(typeof(EventRow), SqlWrites.EventColumns)]
    [InlineData(typeof(AuditRow), SqlWrites.AuditColumns)]
    public void Columns_WhenComparedWithTheModel_AreEveryMappedColumn(Type row, string written)
    {
        using var db = new EfRegisterStore(StorageOptions.SqliteFile("unused.db")).CreateContext();

        var mapped = db.Model.FindEntityType(row)!.GetProperties().Select(p => p.GetColumnName());

        written.Split(", ").ShouldBe(mapped, ignoreOrder: true);
    }
}
