using System.Management.Automation;
using Vonage.Reports.Models;

namespace Vonage.Reports.PowerShell.Infrastructure
{
    /// <summary>
    /// Prepares a typed record for the pipeline: fields the class does not know become note properties
    /// (by their API name) so Export-Csv and Select-Object still see them. Records without extras go as they are.
    /// </summary>
    internal static class RecordWriter
    {
        public static object ToPipelineObject(VonageRecord record)
        {
            var extras = record.GetAdditionalFields();
            if (extras.Count == 0) return record;
            var ps = PSObject.AsPSObject(record);
            foreach (var field in extras)
            {
                if (ps.Properties[field.Key] == null) ps.Properties.Add(new PSNoteProperty(field.Key, field.Value));
            }
            return ps;
        }
    }
}
