namespace SecChange.Dcc.Endpoint.Tests;

public class DeliveryTests
{
    [Fact]
    public async Task Deliver_WhenReceiverFailsTwice_RetriesUntilDelivered()
    {
        await using var host = await DuisHost.StartAsync("nov-2021", receiverFailsFirst: 2);
        await host.LoadDevicesAsync();

        (await host.SendAsync(Templates.ReadFirmwareEsme)).Code.ShouldBe("I99");

        var received = (await host.Receiver.WaitForAsync(1)).ShouldHaveSingleItem();
        received.Kind.ShouldBe("response");
        received.Recipient.ShouldBe(DuisHost.Supplier);
        received.ContentType.ShouldStartWith("application/xml");
        await Eventually(() => host.Delivery.Delivered == 1);
        host.Delivery.Retries.ShouldBe(2);
        host.Delivery.Delivered.ShouldBe(1);
        host.Delivery.Failed.ShouldBe(0);
    }

    [Fact]
    public async Task Deliver_WhenReceiverAlwaysFails_GivesUpAfterConfiguredAttempts()
    {
        await using var host = await DuisHost.StartAsync("nov-2021", receiverFailsFirst: 100);
        await host.LoadDevicesAsync();

        (await host.SendAsync(Templates.ReadFirmwareEsme)).Code.ShouldBe("I99");

        await Eventually(() => host.Delivery.Failed == 1);
        host.Delivery.Retries.ShouldBe(3);
        host.Receiver.Messages.ShouldBeEmpty();
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        condition().ShouldBeTrue();
    }
}
