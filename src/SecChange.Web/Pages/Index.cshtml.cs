using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using SecChange.Web.Hosting;
using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.Parties;
using SecChange.Application.Register;
using SecChange.Application.Releases;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Releases;

namespace SecChange.Web.Pages;

/// <summary>The register: every modification the visitor may see, filtered by the query string (so a filter can be shared).</summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(RegisterListing listing, ReleaseService releases, PartyService parties) : SecChangePage
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public Stage? Stage { get; set; }
    [BindProperty(SupportsGet = true)] public ModificationState? State { get; set; }
    [BindProperty(SupportsGet = true)] public ModificationPath? Path { get; set; }
    [BindProperty(SupportsGet = true)] public string? Party { get; set; }
    [BindProperty(SupportsGet = true)] public PartyCategory? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Release { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public RegisterSort Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "as-at")] public string? AsAtText { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public LocalDate? AsAt { get; private set; }
    public IReadOnlyList<RegisterRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<Release> Releases { get; private set; } = [];
    public IReadOnlyList<Party> Parties { get; private set; } = [];
    public string? AsAtError { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        AsAt = Display.ParseDate(AsAtText);
        if (!string.IsNullOrWhiteSpace(AsAtText) && (AsAt is null || AsAt > Today))
        {
            AsAtError = "Enter a past date as year-month-day, for example 2020-07-31";
            AsAt = null;
        }

        PageNumber = Math.Max(1, PageNumber);
        Releases = await releases.ReleasesAsync(ct);
        Parties = await parties.PartiesAsync(ct);
        var (rows, total) = await listing.PageAsync(Viewer, Query(), (PageNumber - 1) * PageSize, PageSize, Today, ct);
        Rows = rows;
        Total = total;
    }

    public RegisterQuery Query() => new()
    {
        Filter = new RegisterFilter
        {
            Stage = Stage,
            State = State,
            Path = Path,
            Party = string.IsNullOrWhiteSpace(Party) ? null : Party.Trim(),
            ReleaseId = string.IsNullOrWhiteSpace(Release) ? null : Release.Trim(),
            Text = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
        },
        Category = Category,
        Sort = Sort,
        AsAt = AsAt,
    };

    /// <summary>This page's query string with one value changed (for sorting, paging and downloads).</summary>
    public string With(string key, string? value)
    {
        var query = Request.Query.Where(q => q.Key != key && q.Key != "page").ToDictionary(q => q.Key, q => q.Value.ToString());
        if (!string.IsNullOrEmpty(value)) query[key] = value;
        return QueryString.Create(query.Where(q => !string.IsNullOrEmpty(q.Value))!).ToUriComponent();
    }
}
