namespace SecChange.Dcc;

/// <summary>Reads the data files embedded in this assembly (the model does no file I/O).</summary>
internal static class EmbeddedData
{
    public static string Read(string fileName)
    {
        var name = "SecChange.Dcc.Data." + fileName;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data file '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
