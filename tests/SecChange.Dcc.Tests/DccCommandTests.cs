using System.Text.Json;

namespace SecChange.Dcc.Tests;

/// <summary>The <c>secchange dcc</c> commands, run in process through a root command.</summary>
public sealed class DccCommandTests : DccCliScratch
{
    private string DevicesJson() => WriteFile("devices.json", """
        { "devices": [
            { "id": "00-DB-12-34-56-78-90-A0", "type": "ESME", "model": "ACME-E1", "firmware": "1.0", "smets": 2, "status": "Commissioned",
              "importSupplier": "90-B3-D5-1F-30-01-00-00", "networkOperator": "90-B3-D5-1F-30-02-00-00" } ],
          "cpl": [ { "model": "ACME-E1", "firmware": "1.0", "gbcsVersion": "4.0" }, { "model": "ACME-E1", "firmware": "00000000", "gbcsVersion": "4.2" } ] }
        """);

    private static void ShouldBeOneLineWithoutStackTrace(string err)
    {
        err.Trim().ShouldNotBeEmpty();
        err.Trim().Split('\n').Length.ShouldBe(1);
        err.ShouldNotContain("   at ");
    }

    [Fact]
    public void InventoryLoad_WhenCsv_SavesStateAndPrintsTable()
    {
        var csv = WriteFile("devices.csv", "id,type,model,firmware,smets,status,importSupplier,networkOperator\n" +
            "00-DB-12-34-56-78-90-A0,ESME,ACME-E1,1.0,2,Commissioned,90-B3-D5-1F-30-01-00-00,90-B3-D5-1F-30-02-00-00\n" +
            "00-DB-12-34-56-78-90-A1,GSME,ACME-G1,1.0,2,Suspended,90-B3-D5-1F-30-01-00-00,90-B3-D5-1F-30-03-00-00\n");

        var (exit, output, _) = Run("inventory", "load", csv, "--state", State);

        exit.ShouldBe(0);
        output.ShouldContain("Loaded 2 Devices");
        output.ShouldContain("Commissioned");
        File.Exists(State).ShouldBeTrue();
        var (showExit, shown, _) = Run("inventory", "show", "--state", State, "--json");
        showExit.ShouldBe(0);
        JsonDocument.Parse(shown).RootElement.GetProperty("devices").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void InventoryLoad_WhenFileMissing_Exits3WithOneLine()
    {
        var (exit, _, err) = Run("inventory", "load", Path.Combine(Dir, "absent.csv"), "--state", State);
        exit.ShouldBe(3);
        ShouldBeOneLineWithoutStackTrace(err);
        File.Exists(State).ShouldBeFalse();
    }

    [Fact]
    public void InventoryLoad_WhenRecordBad_Exits2NamingTheLineAndSavesNothing()
    {
        var csv = WriteFile("bad.csv", "id,type,model,firmware\n00-DB-12-34-56-78-90,ESME,M,1.0\n");
        var (exit, _, err) = Run("inventory", "load", csv, "--state", State);
        exit.ShouldBe(2);
        ShouldBeOneLineWithoutStackTrace(err);
        err.ShouldContain("Device record 2");
        File.Exists(State).ShouldBeFalse();
    }

    [Fact]
    public void Send_WhenNoStateYet_Exits3()
    {
        var (exit, _, err) = Run("send", ReferenceMessages.Path("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML"), "--state", State);
        exit.ShouldBe(3);
        ShouldBeOneLineWithoutStackTrace(err);
    }

    [Fact]
    public void Send_ReadFirmwareAtSuspendedEsme_IsE5OnTheBaselineANewStateStartsFrom()
    {
        var read = ReferenceMessages.Path("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML");
        Run("inventory", "load", DevicesJson(), "--state", State).Exit.ShouldBe(0);
        Run("cpl", "remove-firmware", "--firmware", "1.0", "--state", State).Exit.ShouldBe(0);

        var (exit, output, _) = Run("send", read, "--state", State, "--json");

        exit.ShouldBe(0);
        JsonDocument.Parse(output).RootElement.GetProperty("responseCode").GetString().ShouldBe("E5");
    }

    [Fact]
    public void LoadState_WhenWrittenBeforeBehavioursWereKeyedByReference_Exits2SayingToLoadAgain()
    {
        File.WriteAllText(State, """{ "ruleSet": "nov-2021", "devices": [], "cpl": [] }""");

        var (exit, _, err) = Run("inventory", "show", "--state", State);

        exit.ShouldBe(2);
        err.ShouldContain("load the inventory again");
    }

    [Fact]
    public void Send_UpdateThenActivateAtSuspendedEsme_RestoresItWithN29AndKeepsHistory()
    {
        Run("inventory", "load", DevicesJson(), "--state", State).Exit.ShouldBe(0);
        var (removeExit, removed, _) = Run("cpl", "remove-firmware", "--firmware", "1.0", "--model", "ACME-E1", "--state", State);
        removeExit.ShouldBe(0);
        removed.ShouldContain("1 Devices Suspended");

        Run("send", ReferenceMessages.Path("11.1_UPDATE_FIRMWARE_REQUEST_DUIS.XML"), "--state", State).Exit.ShouldBe(0);
        var (exit, output, _) = Run("send", ReferenceMessages.Path("CS06_11.3_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML"), "--state", State, "--json");

        exit.ShouldBe(0);
        var outbound = JsonDocument.Parse(output).RootElement.GetProperty("outbound").EnumerateArray().Select(o => o.GetProperty("code").GetString()).ToList();
        outbound.Count(c => c == "N29").ShouldBe(2);
        var device = JsonDocument.Parse(Run("inventory", "show", "00-DB-12-34-56-78-90-A0", "--state", State, "--json").Out).RootElement;
        device.GetProperty("status").GetString().ShouldBe("Commissioned");
        device.GetProperty("firmwareVersion").GetString().ShouldBe("00000000");
        device.GetProperty("history").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public void Send_WhenFileIsNotDuis_Exits2WithOneLineAndStateUnchanged()
    {
        Run("inventory", "load", DevicesJson(), "--state", State).Exit.ShouldBe(0);
        var before = File.ReadAllText(State);
        var (exit, _, err) = Run("send", WriteFile("bad.xml", "<not-duis/>"), "--state", State);
        exit.ShouldBe(2);
        ShouldBeOneLineWithoutStackTrace(err);
        File.ReadAllText(State).ShouldBe(before);
    }

    [Fact]
    public void InventoryShow_WhenIdMalformedOrUnknown_Exits2Or3()
    {
        Run("inventory", "load", DevicesJson(), "--state", State).Exit.ShouldBe(0);
        Run("inventory", "show", "nope", "--state", State).Exit.ShouldBe(2);
        Run("inventory", "show", "00-00-00-00-00-00-00-01", "--state", State).Exit.ShouldBe(3);
    }

    [Fact]
    public void CplRemoveFirmware_WhenNotOnCpl_Exits3()
    {
        Run("inventory", "load", DevicesJson(), "--state", State).Exit.ShouldBe(0);
        var (exit, _, err) = Run("cpl", "remove-firmware", "--firmware", "7.7", "--state", State);
        exit.ShouldBe(3);
        err.ShouldContain("7.7");
    }

    [Fact]
    public void Simulate_WhenJson_ReportsSuspendedAlertsAndRejections()
    {
        var (exit, output, _) = Run("simulate", "--devices", "5000", "--loss-rate", "0.2", "--seed", "3", "--json");
        exit.ShouldBe(0);
        var report = JsonDocument.Parse(output).RootElement;
        report.GetProperty("ruleSetId").GetString().ShouldBe("baseline");
        report.GetProperty("devices").GetInt32().ShouldBe(5000);
        report.GetProperty("endedSuspended").GetInt32().ShouldBeGreaterThan(0);
        report.GetProperty("requestsRejected").GetInt64().ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("--loss-rate", "1.5")]
    [InlineData("--devices", "0")]
    public void Simulate_WhenOptionOutOfRange_Exits2(string option, string value)
    {
        var (exit, _, err) = Run("simulate", option, value);
        exit.ShouldBe(2);
        ShouldBeOneLineWithoutStackTrace(err);
    }

    [Fact]
    public void Bench_WhenSmall_PrintsFiguresAndWritesResultsFile()
    {
        var file = Path.Combine(Dir, "bench.md");
        var (exit, output, _) = Run("bench", "--inventory-devices", "10000", "--campaign-devices", "2000", "--seconds", "0.05", "--output", file, "--json");
        exit.ShouldBe(0);
        var result = JsonDocument.Parse(output).RootElement.GetProperty("result");
        result.GetProperty("authorisationsPerSecond").GetDouble().ShouldBeGreaterThan(0);
        result.GetProperty("inventoryBytesPerDevice").GetDouble().ShouldBeGreaterThan(0);
        File.ReadAllText(file).ShouldContain("Authorisation decisions per second");
    }
}
