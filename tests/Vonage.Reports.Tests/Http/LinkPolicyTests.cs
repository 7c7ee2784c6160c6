using Vonage.Reports.Http;
using Xunit;

namespace Vonage.Reports.Tests.Http;

public class LinkPolicyTests
{
    private static readonly Uri Api = new("https://api.nexmo.com/");

    [Theory]
    [InlineData("http://api.nexmo.com/")]
    [InlineData("http://example.com/")]
    [InlineData("ftp://api.nexmo.com/")]
    public void Refuses_a_base_uri_that_would_send_credentials_in_clear_text(string uri)
    {
        var e = Assert.Throws<VonageValidationException>(() => LinkPolicy.ValidateBaseUri(new Uri(uri)));
        Assert.Equal("InsecureBaseUri", e.ErrorId);
        Assert.Equal(uri, e.Value);
    }

    [Fact]
    public void Refuses_a_base_uri_carrying_a_password_without_repeating_it()
    {
        var e = Assert.Throws<VonageValidationException>(() => LinkPolicy.ValidateBaseUri(new Uri("https://key:hunter2@api.nexmo.com/")));
        Assert.Equal("InvalidBaseUri", e.ErrorId);
        Assert.DoesNotContain("hunter2", e.Message);
        Assert.DoesNotContain("hunter2", (string)e.Value!);
        Assert.Equal("https://api.nexmo.com/", e.Value);
    }

    [Theory]
    [InlineData("https://api.nexmo.com/?x=1")]
    [InlineData("https://api.nexmo.com/#top")]
    public void Refuses_a_base_uri_with_a_query_or_fragment(string uri)
    {
        var e = Assert.Throws<VonageValidationException>(() => LinkPolicy.ValidateBaseUri(new Uri(uri)));
        Assert.Equal("InvalidBaseUri", e.ErrorId);
    }

    [Theory]
    [InlineData("https://api.nexmo.com/")]
    [InlineData("https://proxy.example.com/vonage/")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://[::1]:5000/")]
    public void Accepts_https_and_plain_http_on_loopback(string uri) => LinkPolicy.ValidateBaseUri(new Uri(uri));

    [Fact]
    public void Follows_a_relative_or_same_host_link()
    {
        Assert.Equal("https://api.nexmo.com/v3/media/abc", LinkPolicy.ResolveLink("/v3/media/abc", Api, false, "download").AbsoluteUri);
        Assert.Equal("https://api.nexmo.com/v3/media/abc", LinkPolicy.ResolveLink("https://API.nexmo.com/v3/media/abc", Api, false, "download").AbsoluteUri);
    }

    [Theory]
    [InlineData("https://evil.example.com/v3/media/abc")]
    [InlineData("http://api.nexmo.com/v3/media/abc")]
    [InlineData("https://api.nexmo.com:8443/v3/media/abc")]
    public void Refuses_a_link_to_another_origin_unless_allowed(string href)
    {
        var e = Assert.Throws<VonageLinkException>(() => LinkPolicy.ResolveLink(href, Api, false, "download"));
        Assert.Contains("no credentials were sent", e.Message);
        Assert.False(LinkPolicy.IsSameOrigin(new Uri(href), Api));
    }

    [Fact]
    public void An_allowed_foreign_link_is_followed_without_being_same_origin()
    {
        var link = LinkPolicy.ResolveLink("https://files.example.com/report.zip", Api, true, "download");
        Assert.False(LinkPolicy.IsSameOrigin(link, Api)); // so ApiTransport attaches no Authorization header
    }
}
