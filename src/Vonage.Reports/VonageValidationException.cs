using System;

namespace Vonage.Reports
{
    /// <summary>
    /// A request the client refused before calling the API. <see cref="ErrorId"/> is stable for scripts;
    /// <see cref="Value"/> is the offending input.
    /// </summary>
    public sealed class VonageValidationException : ArgumentException
    {
        private readonly string _message;

        public VonageValidationException(string errorId, string message, string parameterName, object? value)
            : base(message, parameterName)
        {
            _message = message;
            ErrorId = errorId;
            Value = value;
        }

        /// <summary>The message alone: ArgumentException would append "(Parameter 'x')", which users do not need.</summary>
        public override string Message => _message;

        public string ErrorId { get; }
        public object? Value { get; }
    }
}
