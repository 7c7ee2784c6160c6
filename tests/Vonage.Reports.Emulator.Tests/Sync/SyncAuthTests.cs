using System.Net;
using Vonage.Reports.Emulator.Tests.Support;
using static Vonage.Reports.Emulator.Tests.Support.EmulatorFixture;

namespace Vonage.Reports.Emulator.Tests.Sync;

/// <summary>Basic auth on the sync endpoint and who may query whose account.</summary>
public class SyncAuthTests(EmulatorFixture fx) : IClassFixture<EmulatorFixture>
{
    private readonly string _url = Api.Sms(Start, Start.AddMinutes(1));

    [Fact]
    public async Task No_credentials_is_401_with_the_unauthorized_body()
    {
        var answer = await EmulatorFixture.CreateClient(fx.Server, key: null).CallAsync(_url);
        Api.AssertError(answer, HttpStatusCode.Unauthorized, "#unauthorized");
        Assert.Equal("Unauthorized", answer.Text("title"));
    }

    [Fact]
    public async Task A_wrong_secret_is_401() =>
        Api.AssertError(await fx.Client(MasterKey, "wrong").CallAsync(_url), HttpStatusCode.Unauthorized, "#unauthorized");

    [Fact]
    public async Task An_unknown_key_is_401() =>
        Api.AssertError(await fx.Client("zzzz9999", "x").CallAsync(_url), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_non_basic_scheme_is_401()
    {
        var client = EmulatorFixture.CreateClient(fx.Server, key: null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", "abc");
        Api.AssertError(await client.CallAsync(_url), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_master_may_query_its_subaccount() =>
        Assert.Equal(HttpStatusCode.OK, (await fx.Client().CallAsync(Api.Sms(Start, Start.AddMinutes(1), account: SubKey))).Status);

    [Fact]
    public async Task A_subaccount_asking_for_its_master_is_403_forbidden()
    {
        var answer = await fx.Client(SubKey, SubSecret).CallAsync(_url);
        Api.AssertError(answer, HttpStatusCode.Forbidden, "#forbidden");
        Assert.Equal("Forbidden", answer.Text("title"));
        Assert.StartsWith("User not authorized to query the requested data", answer.Text("detail"));
    }

    [Fact]
    public async Task A_master_asking_for_an_unrelated_account_is_403() =>
        Api.AssertError(await fx.Client(OtherKey, OtherSecret).CallAsync(_url), HttpStatusCode.Forbidden, "#forbidden");

    [Fact]
    public async Task A_subaccount_may_query_itself() =>
        Assert.Equal(HttpStatusCode.OK, (await fx.Client(SubKey, SubSecret).CallAsync(Api.Sms(Start, Start.AddMinutes(1), account: SubKey))).Status);
}
