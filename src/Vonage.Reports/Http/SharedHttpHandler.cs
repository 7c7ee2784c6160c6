using System;
using System.Net;
using System.Net.Http;

namespace Vonage.Reports.Http
{
    /// <summary>
    /// One HTTP handler per process: connections are pooled across clients and runspaces. It holds no
    /// credentials (those go per request), follows no redirects (a redirect must never carry the
    /// Authorization header to another host) and keeps no cookies.
    /// </summary>
    internal static class SharedHttpHandler
    {
        private static readonly Lazy<HttpMessageHandler> Instance = new Lazy<HttpMessageHandler>(Create);

        public static HttpMessageHandler Get() => Instance.Value;

        private static HttpMessageHandler Create() => new HttpClientHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            MaxConnectionsPerServer = 32,
        };
    }
}
