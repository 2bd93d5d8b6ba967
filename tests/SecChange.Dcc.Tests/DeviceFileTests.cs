using SecChange.Dcc.Files;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;

namespace SecChange.Dcc.Tests;

public class DeviceFileTests
{
    [Fact]
    public void Read_WhenJsonWithCpl_ReadsDevicesPairsAndCpl()
    {
        const string json = """
            { "devices": [
                { "id": "00-DB-12-34-56-78-90-A0", "type": "ESME", "model": "M", "firmware": "1.0", "smets": 2, "status": "Commissioned",
                  "importSupplier": "90-B3-D5-1F-30-01-00-00", "networkOperator": "90-B3-D5-1F-30-02-00-00" },
                { "id": "00-DB-12-34-56-78-90-A1", "type": "GSME", "model": "G", "firmware": "1.0", "smets": "SMETS1", "status": "Installed Not Commissioned",
                  "statusSince": "2020-01-02T03:04:05Z", "importSupplier": "90-B3-D5-1F-30-01-00-00", "networkOperator": "90-B3-D5-1F-30-03-00-00" },
                { "id": "00-DB-12-34-56-78-90-A2", "type": "GPF", "model": "P", "firmware": "G1", "gsme": "00-DB-12-34-56-78-90-A1",
                  "importSupplier": "90-B3-D5-1F-30-01-00-00", "networkOperator": "90-B3-D5-1F-30-03-00-00" },
                { "id": "00-DB-12-34-56-78-90-A5", "type": "IHD", "model": "I",
                  "importSupplier": "90-B3-D5-1F-30-01-00-00", "networkOperator": "90-B3-D5-1F-30-02-00-00" } ],
              "cpl": [ { "model": "M", "firmware": "1.0", "gbcsVersion": "4.0" } ] }
            """;

        var result = DeviceFile.Read(json, Scenario.Start);

        result.Success.ShouldBeTrue(string.Join("; ", result.Errors));
        var content = result.Content!;
        content.Devices.Count.ShouldBe(4);
        content.Devices[1].Status.ShouldBe(SmiStatus.InstalledNotCommissioned);
        content.Devices[1].Generation.ShouldBe(SmetsGeneration.Smets1);
        content.Devices[1].StatusSince.ShouldBe(NodaTime.Instant.FromUtc(2020, 1, 2, 3, 4, 5));
        content.Devices[2].Status.ShouldBe(SmiStatus.Commissioned);
        content.Devices[3].Status.ShouldBe(SmiStatus.None);
        content.Pairs.ShouldHaveSingleItem().Gpf.ShouldBe(Scenario.Gpf);
        content.Cpl.ShouldHaveSingleItem().GbcsVersion.ShouldBe("4.0");
    }

    [Fact]
    public void Read_WhenCsv_ReadsDevices()
    {
        const string csv = "id,type,model,firmware,smets,status,importSupplier,networkOperator\n" +
                           "00-DB-12-34-56-78-90-A0,ESME,M,1.0,2,Suspended,90-B3-D5-1F-30-01-00-00,90-B3-D5-1F-30-02-00-00\r\n";
        var result = DeviceFile.Read(csv, Scenario.Start);
        result.Success.ShouldBeTrue(string.Join("; ", result.Errors));
        result.Content!.Devices.ShouldHaveSingleItem().Status.ShouldBe(SmiStatus.Suspended);
    }

    [Fact]
    public void Read_WhenRecordsBad_ReportsEveryProblemWithItsLine()
    {
        const string csv = "id,type,model,firmware,smets,status,importSupplier,networkOperator\n" +
                           "00-DB-12-34-56-78-90,ESME,M,1.0,2,Commissioned,90-B3-D5-1F-30-01-00-00,90-B3-D5-1F-30-02-00-00\n" +
                           "00-DB-12-34-56-78-90-A1,TOASTER,M,1.0,2,Commissioned,90-B3-D5-1F-30-01-00-00,90-B3-D5-1F-30-02-00-00\n" +
                           "00-DB-12-34-56-78-90-A2,IHD,M,1.0,2,Commissioned,90-B3-D5-1F-30-01-00-00,90-B3-D5-1F-30-02-00-00\n" +
                           "00-DB-12-34-56-78-90-A3,ESME,M,1.0,2,Sleepy,90-B3-D5-1F-30-01-00-00,90-B3-D5-1F-30-02-00-00\n";
        var result = DeviceFile.Read(csv, Scenario.Start);
        result.Success.ShouldBeFalse();
        result.Errors.Count.ShouldBe(4);
        result.Errors[0].ShouldStartWith("Device record 2:");
        result.Errors[1].ShouldContain("TOASTER");
        result.Errors[2].ShouldContain("Type 2");
        result.Errors[3].ShouldContain("Sleepy");
    }

    [Fact]
    public void Read_WhenJsonMalformed_SaysSo()
    {
        DeviceFile.Read("[{", Scenario.Start).Errors.ShouldHaveSingleItem().ShouldContain("not valid JSON");
    }

    [Fact]
    public void Read_WhenDuplicateIds_ReportsDuplicate()
    {
        const string json = """[{"id":"00-DB-12-34-56-78-90-A0","type":"ESME","model":"M","firmware":"1"},{"id":"00-DB-12-34-56-78-90-A0","type":"ESME","model":"M","firmware":"1"}]""";
        DeviceFile.Read(json, Scenario.Start).Errors.ShouldHaveSingleItem().ShouldContain("already");
    }

    [Fact]
    public void StateDocument_WhenWrittenAndRead_KeepsStatusesHistoryPairsAndSimulatedFirmware()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        system.RemoveFirmwareFromCpl(null, Scenario.Old);
        system.Submit(Scenario.UpdateFirmware(Scenario.New, Scenario.Esme), new ListOutbox());
        system.Devices.SetRunningFirmware(system.Row(Scenario.Gsme), Scenario.New);

        var copy = DccStateDocument.Read(DccStateDocument.Write(system), Rules.BehaviourCatalogue.Default, new FixedClock(Scenario.Start));

        copy.RuleSet.Id.ShouldBe("MP105");
        copy.Inventory.Count.ShouldBe(system.Inventory.Count);
        copy.StatusOf(Scenario.Esme).ShouldBe(SmiStatus.Suspended);
        copy.Inventory.StatusBeforeSuspensionAt(copy.Row(Scenario.Esme)).ShouldBe(SmiStatus.Commissioned);
        copy.Inventory.HistoryOf(copy.Row(Scenario.Esme)).Count.ShouldBe(2);
        copy.Devices.PendingFirmware(copy.Row(Scenario.Esme)).ShouldBe(Scenario.New);
        copy.Devices.RunningFirmware(copy.Row(Scenario.Gsme)).ShouldBe(Scenario.New);
        copy.Inventory.GsmeServedBy(copy.Row(Scenario.Gpf)).ShouldBe(copy.Row(Scenario.Gsme));
        copy.Cpl.Contains(Scenario.EsmeModel, Scenario.Old).ShouldBeFalse();
        copy.Cpl.Contains(Scenario.EsmeModel, Scenario.New).ShouldBeTrue();

        // And the restored copy still behaves: MP105 recovers the GSME.
        copy.Submit(Scenario.ReadFirmware(Scenario.Gsme), new ListOutbox());
        copy.StatusOf(Scenario.Gsme).ShouldBe(SmiStatus.Commissioned);
    }

    [Fact]
    public void StateDocument_WhenTextIsNotState_ThrowsFormatException()
    {
        Should.Throw<FormatException>(() => DccStateDocument.Read("{ nope", Rules.BehaviourCatalogue.Default, new FixedClock(Scenario.Start)));
    }
}
