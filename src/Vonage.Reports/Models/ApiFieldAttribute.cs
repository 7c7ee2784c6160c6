using System;

namespace Vonage.Reports.Models
{
    /// <summary>Names the API field (JSON key and CSV column) a record property carries.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
    public sealed class ApiFieldAttribute : Attribute
    {
        public ApiFieldAttribute(string name) { Name = name; }
        public string Name { get; }
    }
}
