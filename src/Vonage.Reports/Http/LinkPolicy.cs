using System;
using System.Net;

namespace Vonage.Reports.Http
{
    /// <summary>
    /// Decides where credentials may go: only to the configured API host, over HTTPS, or over plain HTTP
    /// when that host is a loopback address (the emulator). Links the API hands back (next page, download)
    /// are checked against the same host before they are followed.
    /// </summary>
    internal static class LinkPolicy
    {
        public static void ValidateBaseUri(Uri baseUri)
        {
            if (!baseUri.IsAbsoluteUri)
                throw new VonageValidationException("InvalidBaseUri", "The API base URI must be absolute, e.g. https://api.nexmo.com.", "BaseUri", baseUri.OriginalString);
            if (baseUri.UserInfo.Length > 0)
            {
                // Named without its user part: the point is not to repeat a password in errors and logs.
                string shown = baseUri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.UserInfo, UriFormat.UriEscaped);
                throw new VonageValidationException("InvalidBaseUri", "The API base URI must not carry a user name or password (" + shown
                    + "); give the API key and secret as a credential instead.", "BaseUri", shown);
            }
            if (baseUri.Query.Length > 0 || baseUri.Fragment.Length > 0)
                throw new VonageValidationException("InvalidBaseUri", "The API base URI '" + baseUri + "' must not have a query or fragment: it is the API's root, e.g. https://api.nexmo.com.",
                    "BaseUri", baseUri.OriginalString);
            if (baseUri.Scheme == Uri.UriSchemeHttps) return;
            if (baseUri.Scheme == Uri.UriSchemeHttp && IsLoopback(baseUri)) return;
            throw new VonageValidationException("InsecureBaseUri", "The API base URI '" + baseUri + "' must use HTTPS (plain HTTP is allowed only for a loopback address such as the emulator), so the credentials are never sent in clear text.", "BaseUri", baseUri.OriginalString);
        }

        public static bool IsSameOrigin(Uri link, Uri baseUri) =>
            link.IsAbsoluteUri
            && string.Equals(link.Scheme, baseUri.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(link.Host, baseUri.Host, StringComparison.OrdinalIgnoreCase)
            && link.Port == baseUri.Port;

        public static bool IsLoopback(Uri uri)
        {
            if (uri.IsLoopback) return true;
            return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
        }

        /// <summary>Resolves a link from a response; throws <see cref="VonageLinkException"/> when it leaves the API host and foreign links are not allowed.</summary>
        public static Uri ResolveLink(string href, Uri baseUri, bool allowForeign, string purpose)
        {
            if (!Uri.TryCreate(baseUri, href, out var link))
                throw new VonageLinkException("The " + purpose + " link is not a URI: '" + href + "'.", null);
            if (IsSameOrigin(link, baseUri)) return link;
            if (allowForeign && (link.Scheme == Uri.UriSchemeHttps || IsLoopback(link))) return link;
            throw new VonageLinkException(
                "The " + purpose + " link points to another host (" + link.GetLeftPart(UriPartial.Authority) + ") than the configured API host ("
                + baseUri.GetLeftPart(UriPartial.Authority) + "). It was not followed, so no credentials were sent there.",
                link);
        }
    }

    /// <summary>A link in an API answer points somewhere credentials must not go.</summary>
    public sealed class VonageLinkException : Exception
    {
        public VonageLinkException(string message, Uri? link) : base(message) { Link = link; }
        public Uri? Link { get; }
    }
}
