using System.Text;

namespace Vonage.Reports.Emulator.Routes;

/// <summary>Builds absolute hrefs from the request's scheme and host, with values encoded as the API does (: → %3A, + → %2B).</summary>
internal static class LinkBuilder
{
    public static string Absolute(HttpContext context, string path, IEnumerable<KeyValuePair<string, string>>? query = null)
    {
        var text = new StringBuilder().Append(Base(context)).Append(path);
        var first = true;
        foreach (var (key, value) in query ?? [])
        {
            text.Append(first ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }
        return text.ToString();
    }

    public static string Base(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";
}
