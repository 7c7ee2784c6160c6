using System;

namespace Vonage.Reports
{
    /// <summary>
    /// A request the client refused before calling the API. <see cref="ErrorId"/> is stable for scripts;
    /// <see cref="Value"/> is the offending input.
    /// </summary>
    public sealed class VonageValidationException : ArgumentException
    {
        public VonageValidationException(string errorId, string message, string parameterName, object? value)
            : base(message, parameterName)
        {
            ErrorId = errorId;
            Value = value;
        }

        public string ErrorId { get; }
        public object? Value { get; }
    }
}
