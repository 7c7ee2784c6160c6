namespace Vonage.Reports.Emulator.Data;

internal enum Direction { None = 0, Inbound = 1, Outbound = 2 }

internal static class DirectionText
{
    public static string? ToApi(this Direction d) => d switch { Direction.Inbound => "inbound", Direction.Outbound => "outbound", _ => null };

    public static bool TryParse(string? text, out Direction direction)
    {
        direction = text switch { "inbound" => Direction.Inbound, "outbound" => Direction.Outbound, _ => Direction.None };
        return direction != Direction.None;
    }
}
