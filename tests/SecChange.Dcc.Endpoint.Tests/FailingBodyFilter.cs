using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace SecChange.Dcc.Endpoint.Tests;

/// <summary>
/// Lets a test make the server see a body that fails part-way, as Kestrel reports it: header
/// <c>X-Test-Body: slow</c> gives Kestrel's 408 "too slow" verdict, <c>cut</c> a connection closed mid-body.
/// </summary>
public sealed class FailingBodyFilter : IStartupFilter
{
    public const string Header = "X-Test-Body";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            var kind = context.Request.Headers[Header].FirstOrDefault();
            if (kind is not null)
            {
                context.Request.Body = new FailingStream(context.Request.Body, kind);
            }

            await proceed(context);
        });
        next(app);
    };

    private sealed class FailingStream(Stream inner, string kind) : Stream
    {
        private int _reads;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_reads++ == 0)
            {
                return await inner.ReadAsync(buffer[..Math.Min(buffer.Length, 16)], cancellationToken);
            }

            throw kind == "slow"
                ? new BadHttpRequestException("Reading the request body timed out due to data arriving too slowly.", StatusCodes.Status408RequestTimeout)
                : new IOException("The client reset the request stream.");
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
