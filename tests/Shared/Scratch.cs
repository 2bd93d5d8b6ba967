namespace SecChange.Testing;

/// <summary>
/// Scratch files for one test process (SQLite databases, exported files), all in one folder that is
/// removed once the run's tests are done (<see cref="CleanUpAfterRun"/>); folders left by a process
/// that was killed are removed by the next run.
/// </summary>
public static class Scratch
{
    private static readonly string Parent = Path.Combine(Path.GetTempPath(), "secchange-tests");

    private static readonly Lazy<string> Folder = new(Create);

    /// <summary>A path for a new file in this process's scratch folder (the file itself is not created).</summary>
    public static string File(string prefix, string extension) =>
        Path.Combine(Folder.Value, $"{prefix}-{Guid.NewGuid():N}{extension}");

    /// <summary>A new, empty folder inside this process's scratch folder.</summary>
    public static string Directory(string prefix) =>
        System.IO.Directory.CreateDirectory(Path.Combine(Folder.Value, $"{prefix}-{Guid.NewGuid():N}")).FullName;

    private static string Create()
    {
        RemoveFoldersOfEndedProcesses();
        var folder = System.IO.Directory.CreateDirectory(Path.Combine(Parent, $"{Environment.ProcessId}-{Guid.NewGuid():N}")).FullName;
        CleanUpAfterRun.Register(() =>
        {
            TryDelete(folder);
            return Task.CompletedTask;
        });
        return folder;
    }

    private static void RemoveFoldersOfEndedProcesses()
    {
        if (!System.IO.Directory.Exists(Parent))
        {
            return;
        }

        foreach (var folder in System.IO.Directory.EnumerateDirectories(Parent))
        {
            var name = Path.GetFileName(folder);
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(name.AsSpan(0, dash), out var pid) && !IsRunning(pid))
            {
                TryDelete(folder);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Another process's folder still in use, or already gone: the next run tries again.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
