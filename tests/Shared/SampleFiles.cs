namespace SecChange.Testing;

/// <summary>Files shipped in the repository's <c>samples</c> folder (the README names them too).</summary>
public static class SampleFiles
{
    /// <summary>The 2028 bank holidays in the GOV.UK format, all three divisions, as published.</summary>
    public static string BankHolidays2028Path { get; } = Path.Combine(RepoPaths.Root, "samples", "bank-holidays-2028.json");

    public static string BankHolidays2028() => File.ReadAllText(BankHolidays2028Path);
}
