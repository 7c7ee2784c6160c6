using System.Reflection;
using Vonage.Reports.Models;
using Vonage.Reports.Products;
using Xunit;

namespace Vonage.Reports.Tests.Models;

public class RecordClassTests
{
    public static TheoryData<string> Products()
    {
        var data = new TheoryData<string>();
        foreach (var name in VonageProduct.Names) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Products))]
    public void Every_product_of_the_reference_has_a_typed_class(string product)
    {
        var type = RecordTypes.ForProduct(product);
        Assert.NotEqual(typeof(GenericRecord), type);
        Assert.True(typeof(VonageRecord).IsAssignableFrom(type));
    }

    [Theory]
    [InlineData("VOICE-CALL", typeof(VoiceCallRecord))]
    [InlineData("VOICE-FAILED", typeof(VoiceCallRecord))]
    [InlineData("VERIFY-API", typeof(VerifyRecord))]
    [InlineData("CONVERSATIONS", typeof(ConversationEventRecord))]
    [InlineData("sms", typeof(SmsRecord))]
    [InlineData("NOT-A-PRODUCT", typeof(GenericRecord))]
    public void Older_names_map_to_the_same_class(string product, Type expected)
    {
        Assert.Equal(expected, RecordTypes.ForProduct(product));
    }

    public static TheoryData<Type> Classes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in RecordTypes.All) data.Add(type);
        return data;
    }

    [Theory]
    [MemberData(nameof(Classes))]
    public void Every_public_property_is_an_api_field_of_a_supported_type_with_a_unique_name(Type type)
    {
        var allowed = new[] { typeof(string), typeof(DateTimeOffset?), typeof(decimal?), typeof(int?), typeof(long?), typeof(bool?) };
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        Assert.NotEmpty(properties);
        foreach (var property in properties)
        {
            var field = property.GetCustomAttribute<ApiFieldAttribute>();
            Assert.True(field != null, type.Name + "." + property.Name + " has no [ApiField]");
            Assert.Contains(property.PropertyType, allowed);
            // PascalCase of the snake_case name, so users find a column under the name they expect.
            string pascal = string.Concat(field!.Name.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            Assert.Equal(pascal, property.Name);
        }
        Assert.Equal(properties.Length, properties.Select(p => p.Name.ToUpperInvariant()).Distinct().Count());
        // The schema compiles (setters for every property).
        Assert.Equal(properties.Length, RecordSchema.For(type).FieldNames.Count);
    }

    [Fact]
    public void Properties_keep_the_apis_column_order()
    {
        var names = typeof(MessagesRecord).GetProperties().Select(p => p.GetCustomAttribute<ApiFieldAttribute>()!.Name).ToList();
        // The real 2025 MESSAGES header (api-facts 11) is a subsequence of the class's order.
        var header = "account_id,message_id,client_ref,direction,from,to,country,country_name,provider,network,network_name,session_type,session_id,date_received,date_finalized,latency,status,error_code,currency,estimated_price,total_price,id".Split(',');
        int at = -1;
        foreach (var column in header)
        {
            int next = names.IndexOf(column);
            Assert.True(next > at, column + " is out of order");
            at = next;
        }
    }

    [Fact]
    public void The_typed_setter_and_text_setter_agree()
    {
        var schema = RecordSchema.For(typeof(VoiceTtsRecord));
        var record = (VoiceTtsRecord)schema.Create();
        schema.Assign(record, "premium", "true");
        schema.Assign(record, "size", "12345678901");
        schema.Assign(record, "duration", "42");
        Assert.True(record.Premium);
        Assert.Equal(12345678901L, record.Size);
        Assert.Equal(42, record.Duration);
        var field = schema.FindField("duration")!;
        ((Action<VonageRecord, int?>)field.TypedSetter)(record, 7);
        Assert.Equal(7, record.Duration);
    }
}
