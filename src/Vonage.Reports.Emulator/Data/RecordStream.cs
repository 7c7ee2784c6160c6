using Vonage.Reports.Emulator.Data.Products;

namespace Vonage.Reports.Emulator.Data;

/// <summary>The records of one (account, product, direction): record k sits in slot k of a fixed interval.</summary>
internal readonly record struct RecordStream(string AccountId, ProductDefinition Product, Direction Direction, ulong Hash, ulong AccountKey);
