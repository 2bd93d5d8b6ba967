namespace SecChange.Dcc.Endpoint.Tests;

public class DeliveryTests
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(10);

    [Fact]
    public async Task Deliver_WhenReceiverFailsTwice_RetriesWithDoublingDelaysUntilDelivered()
    {
        await using var host = await DuisHost.StartAsync("MP105", receiverFailsFirst: 2);
        await host.LoadDevicesAsync();

        (await host.SendAsync(Templates.ReadFirmwareEsme)).Code.ShouldBe("I99");
        await host.DeliveriesSettledAsync(1);

        var received = host.Receiver.Messages.ShouldHaveSingleItem();
        received.Kind.ShouldBe("response");
        received.Recipient.ShouldBe(DuisHost.Supplier);
        received.ContentType.ShouldStartWith("application/xml");
        host.Delivery.Retries.ShouldBe(2);
        host.Delivery.Delivered.ShouldBe(1);
        host.Delivery.Failed.ShouldBe(0);
        host.RetryClock.Delays.ShouldBe([FirstRetryDelay, FirstRetryDelay * 2]);
    }

    [Fact]
    public async Task Deliver_WhenReceiverAlwaysFails_GivesUpAfterConfiguredAttempts()
    {
        await using var host = await DuisHost.StartAsync("MP105", receiverFailsFirst: 100);
        await host.LoadDevicesAsync();

        (await host.SendAsync(Templates.ReadFirmwareEsme)).Code.ShouldBe("I99");
        await host.DeliveriesSettledAsync(1);

        host.Delivery.Failed.ShouldBe(1);
        host.Delivery.Delivered.ShouldBe(0);
        host.Delivery.Retries.ShouldBe(3);
        host.RetryClock.Delays.ShouldBe([FirstRetryDelay, FirstRetryDelay * 2, FirstRetryDelay * 4]);
        host.Receiver.Messages.ShouldBeEmpty();
    }
}
