namespace SecChange.Dcc.Simulation;

/// <summary>A fleet or campaign setting refused by its range check, as one line for the user.</summary>
public static class OutOfRange
{
    /// <summary>The check's own words, without the "(Parameter ...)" and "Actual value was ..." that .NET appends.</summary>
    public static string Reason(ArgumentOutOfRangeException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ex.Message.Split(Environment.NewLine)[0].Split(" (Parameter")[0];
    }
}
