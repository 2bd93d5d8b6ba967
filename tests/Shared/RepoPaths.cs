namespace SecChange.Testing;

/// <summary>Finds the repository root (where SecChange.slnx is) and the test data kept inside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Data the tests use that the product does not ship (tests/TestData).</summary>
    public static string TestData => Path.Combine(Root, "tests", "TestData");

    /// <summary>The DCC's DUIS reference request messages.</summary>
    public static string DuisTemplates => Path.Combine(TestData, "duis", "templates");

    /// <summary>The four SEC seed documents the sample register recreates.</summary>
    public static string Seeds => Path.Combine(TestData, "seeds");

    public static string DuisTemplate(string fileName) => Path.Combine(DuisTemplates, fileName);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SecChange.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SecChange.slnx not found above " + AppContext.BaseDirectory);
    }
}
