using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Tests;

public class AuthorisationTests
{
    private static ServiceRequest Req(Eui64 user, Eui64 device, int cv, string variant, string? reference = null) =>
        ServiceRequest.ToDevice(user, device, 7, cv, variant, reference);

    [Fact]
    public void RequestMatrix_WhenLoaded_Holds129VariantsWithTheirFlags()
    {
        var matrix = RequestMatrix.Default;
        matrix.Variants.Count.ShouldBe(129);
        matrix.TryGet("11.2", out var read).ShouldBeTrue();
        read.Critical.ShouldBeFalse();
        read.EligibleRoles.ShouldBe(UserRole.IS | UserRole.ES | UserRole.GS | UserRole.RSA | UserRole.ED | UserRole.GT | UserRole.OU);
        matrix.TryGet("11.3", out var activate).ShouldBeTrue();
        activate.Critical.ShouldBeTrue();
        matrix.TryGet("11.1", out var update).ShouldBeTrue();
        update.NonDevice.ShouldBeTrue();
        matrix.TryGet("4.1.1", out var reads).ShouldBeTrue();
        reads.ServiceReference.ShouldBe("4.1");
    }

    [Fact]
    public void Authorise_WhenVariantUnknown_ReturnsE13()
    {
        Scenario.Build(Scenario.WithMp105).Authorise(Req(Scenario.Supplier, Scenario.Esme, 1, "99.9")).ShouldBe(ResponseCode.E13);
    }

    [Fact]
    public void Authorise_WhenVariantNotOfServiceReference_ReturnsE13()
    {
        Scenario.Build(Scenario.WithMp105).Authorise(Req(Scenario.Supplier, Scenario.Esme, 1, "4.1.1", "11.2")).ShouldBe(ResponseCode.E13);
    }

    [Theory]
    [InlineData("11.2", 4)]
    [InlineData("11.2", 8)]
    [InlineData("11.3", 1)]
    [InlineData("11.1", 1)]
    public void Authorise_WhenCommandVariantDoesNotFit_ReturnsE12(string variant, int cv)
    {
        var system = Scenario.Build(Scenario.WithMp105);
        system.Authorise(Req(Scenario.Supplier, Scenario.Esme, cv, variant)).ShouldBe(ResponseCode.E12);
    }

    [Fact]
    public void Authorise_WhenDeviceUnknown_ReturnsE19BeforeUserChecks()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        var stranger = Eui64.Parse("11-11-11-11-11-11-11-11");
        system.Authorise(Req(stranger, Eui64.Parse("00-00-00-00-00-00-00-01"), 1, "11.2")).ShouldBe(ResponseCode.E19);
    }

    [Fact]
    public void Authorise_WhenUpdateFirmwareNamesUnknownDevice_ReturnsE19()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        system.Authorise(Scenario.UpdateFirmware("2.0", Scenario.Esme, Eui64.Parse("00-00-00-00-00-00-00-01"))).ShouldBe(ResponseCode.E19);
    }

    [Theory]
    [InlineData("00-DB-12-34-56-78-90-A4")] // PPMID: SR 11.2 is extended to it only by SECMP0007
    [InlineData("00-DB-12-34-56-78-90-A5")] // IHD: Type 2
    public void Authorise_WhenServiceDoesNotApplyToDeviceType_ReturnsE11(string device)
    {
        Scenario.Build(Scenario.WithMp105).Authorise(Req(Scenario.Supplier, Eui64.Parse(device), 1, "11.2")).ShouldBe(ResponseCode.E11);
    }

    [Fact]
    public void Authorise_WhenUserUnknown_ReturnsE1()
    {
        Scenario.Build(Scenario.WithMp105).Authorise(Req(Eui64.Parse("11-11-11-11-11-11-11-11"), Scenario.Esme, 1, "11.2")).ShouldBe(ResponseCode.E1);
    }

    [Fact]
    public void Authorise_WhenUserInactive_ReturnsE3()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        system.Users.Add(new DccUser(Scenario.Supplier, UserRole.IS | UserRole.GS, Active: false));
        system.Authorise(Req(Scenario.Supplier, Scenario.Esme, 1, "11.2")).ShouldBe(ResponseCode.E3);
    }

    [Fact]
    public void Authorise_WhenRoleNotEligibleForVariant_ReturnsE2()
    {
        // SR 11.3 is for Import and Gas Suppliers only.
        Scenario.Build(Scenario.WithMp105).Authorise(Req(Scenario.Transporter, Scenario.Gsme, 4, "11.3")).ShouldBe(ResponseCode.E2);
    }

    [Fact]
    public void Authorise_WhenSupplierIsNotResponsibleForDevice_ReturnsE4()
    {
        Scenario.Build(Scenario.WithMp105).Authorise(Req(Scenario.OtherSupplier, Scenario.Esme, 1, "11.2")).ShouldBe(ResponseCode.E4);
    }

    [Fact]
    public void Authorise_WhenNetworkOperatorIsResponsible_ReturnsI99AndOtherNetworkOperatorE4()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        system.Authorise(Req(Scenario.Distributor, Scenario.Esme, 1, "11.2")).ShouldBe(ResponseCode.I99);
        system.Authorise(Req(Scenario.Distributor, Scenario.Gsme, 1, "11.2")).ShouldBe(ResponseCode.E4);
    }

    [Theory]
    [InlineData(SmiStatus.Decommissioned)]
    [InlineData(SmiStatus.Withdrawn)]
    [InlineData(SmiStatus.Pending)]
    public void Authorise_WhenDeviceClosed_ReturnsE5EvenForCritical(SmiStatus status)
    {
        var system = Scenario.Build(Scenario.WithMp105);
        system.Inventory.SetStatus(system.Row(Scenario.Esme), status, Scenario.Start, "test");
        system.Authorise(Scenario.Activate(Scenario.Esme)).ShouldBe(ResponseCode.E5);
        system.Authorise(Scenario.UpdateFirmware("2.0", Scenario.Esme)).ShouldBe(ResponseCode.E5);
    }

    [Fact]
    public void Submit_WhenRejected_ChangesNothingAndSendsNothing()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        var outbox = new ListOutbox();
        system.Submit(Req(Scenario.OtherSupplier, Scenario.Esme, 4, "11.3"), outbox).ShouldBe(ResponseCode.E4);
        outbox.Messages.ShouldBeEmpty();
        system.Statistics.Count(ResponseCode.E4).ShouldBe(1);
        system.Devices.PendingFirmware(system.Row(Scenario.Esme)).ShouldBeNull();
    }
}
