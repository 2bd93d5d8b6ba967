using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SecChange.Web.Pages;

/// <summary>A GOV.UK text input with its label, hint and error message, for the _TextInput partial.</summary>
public sealed record TextInput(string Name, string Label, string? Value, ModelStateDictionary State, string? Hint = null, string Type = "text",
    string? Autocomplete = null, string Width = "govuk-input--width-20")
{
    public string Id => Name;

    public string? Error => FieldErrors.For(State, Name);
}
