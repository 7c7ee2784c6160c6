using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Threading;
using Vonage.Reports.Files;
using Vonage.Reports.Models;
using Vonage.Reports.PowerShell.Completion;
using Vonage.Reports.PowerShell.Infrastructure;
using Vonage.Reports.Products;

namespace Vonage.Reports.PowerShell.Cmdlets
{
    /// <summary>
    /// <para type="synopsis">Streams typed records out of a downloaded report file (ZIP or CSV) without extracting it.</para>
    /// The records are the same classes Get-VonageRecord writes, so a script works on either. The product comes from
    /// the file's columns (or its name), or from -Product. Needs no credentials: it only reads files.
    /// </summary>
    [Cmdlet(VerbsData.Import, "VonageReportFile", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(SmsRecord), typeof(MessagesRecord), typeof(VoiceCallRecord), typeof(VonageRecord))]
    public sealed class ImportVonageReportFileCommand : PSCmdlet, IDisposable
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";
        private const int ProgressId = 0x56524946;
        private const int ProgressEvery = 4096;

        private readonly CancellationTokenSource _cancel = new CancellationTokenSource();
        private string? _product;

        /// <summary>Report files (ZIP or CSV); wildcards allowed.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = Array.Empty<string>();

        /// <summary>Report files, taken literally (no wildcards); FileInfo objects from the pipeline bind here.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = Array.Empty<string>();

        /// <summary>The product of the records, when the file's columns and name do not tell (reference names or older aliases).</summary>
        [Parameter]
        [ArgumentCompleter(typeof(ProductCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Product { get; set; }

        protected override void BeginProcessing()
        {
            if (Product == null) return;
            if (!VonageProduct.TryNormalize(Product, out var canonical))
            {
                var error = new VonageValidationException("UnknownProduct", "Unknown product '" + Product + "'. Use one of: "
                    + string.Join(", ", VonageProduct.AllAcceptedNames) + ".", nameof(Product), Product);
                ThrowTerminatingError(new ErrorRecord(error, "UnknownProduct", ErrorCategory.InvalidArgument, Product));
            }
            _product = canonical;
        }

        protected override void ProcessRecord()
        {
            foreach (var file in ResolveFiles()) Import(file);
        }

        private IEnumerable<string> ResolveFiles()
        {
            if (ParameterSetName == LiteralPathSet)
            {
                foreach (var literal in LiteralPath)
                {
                    if (!FileSystemPaths.TryResolveLiteral(this, literal, out string path, out var invalid)) WriteError(invalid!);
                    else if (Directory.Exists(path)) NotAFile(path, literal);
                    else if (File.Exists(path)) yield return path;
                    else NotFound(literal, path);
                }
                yield break;
            }
            foreach (var pattern in Path)
            {
                IEnumerable<string> matches;
                try
                {
                    matches = GetResolvedProviderPathFromPSPath(pattern, out var provider);
                    if (provider.Name != "FileSystem")
                    {
                        WriteError(new ErrorRecord(new ArgumentException("'" + pattern + "' is not a file system path."), "NotAFileSystemPath", ErrorCategory.InvalidArgument, pattern));
                        continue;
                    }
                }
                catch (ItemNotFoundException)
                {
                    NotFound(pattern, pattern);
                    continue;
                }
                foreach (var match in matches)
                {
                    if (Directory.Exists(match)) NotAFile(match, match);
                    else yield return match;
                }
            }
        }

        /// <summary>
        /// A -Product whose record class is not the one the columns point to still imports, every value kept, but the
        /// typed properties stay empty: say so once rather than let a filter quietly match nothing.
        /// </summary>
        private void WarnIfProductMismatch(ReportFileReader reader, string path)
        {
            if (_product == null) return;
            string? fromColumns = ReportProductDetector.FromColumns(reader.Columns);
            if (fromColumns == null || RecordTypes.ForProduct(fromColumns) == reader.RecordType) return;
            WriteWarning("The columns of '" + path + "' look like " + fromColumns + ", not " + reader.Product + " (-Product " + Product + "): values "
                + reader.Product + " has no property for are kept as extra properties. Without -Product the product is told from the columns.");
        }

        private void NotAFile(string path, string given) =>
            WriteError(new ErrorRecord(new IOException("'" + path + "' is a folder, not a report file."), "NotAFile", ErrorCategory.InvalidArgument, given));

        private void NotFound(string given, string path)
        {
            var error = new FileNotFoundException("The report file '" + path + "' does not exist.", path);
            WriteError(new ErrorRecord(error, "FileNotFound", ErrorCategory.ObjectNotFound, given));
        }

        // The per-record loop: compiled fully optimised at once, with no tier-0 phase at the start of a cold import.
        [MethodImpl(Hot.FullyOptimized)]
        private void Import(string path)
        {
            ReportFileReader reader;
            try
            {
                reader = ReportFileReader.Open(path, _product, _cancel.Token);
            }
            catch (FileNotFoundException) { NotFound(path, path); return; }
            catch (InvalidDataException e) { WriteError(new ErrorRecord(e, "InvalidReportFile", ErrorCategory.InvalidData, path)); return; }
            catch (VonageValidationException e) { WriteError(new ErrorRecord(e, e.ErrorId, ErrorCategory.InvalidData, path)); return; }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                WriteError(new ErrorRecord(e, "FileReadFailed", ErrorCategory.ReadError, path));
                return;
            }

            using (reader)
            {
                WriteVerbose("Reading " + reader.Product + " records (" + reader.RecordType.Name + ") from " + path
                    + (reader.IsCompressed ? " [" + reader.EntryName + "]" : string.Empty) + "; " + reader.Columns.Count + " columns"
                    + (reader.UnknownColumns.Count > 0 ? ", kept as extra properties: " + string.Join(", ", reader.UnknownColumns) : string.Empty) + ".");
                WarnIfProductMismatch(reader, path);
                var progress = new ProgressReporter(this, ProgressId, "Import-VonageReportFile: " + System.IO.Path.GetFileName(path));
                long written = 0;
                try
                {
                    while (reader.MoveNext())
                    {
                        WriteObject(RecordWriter.ToPipelineObject(reader.Current));
                        if (++written % ProgressEvery == 0) progress.Report(() => Describe(reader, written), Percent(reader));
                    }
                }
                catch (OperationCanceledException) when (_cancel.IsCancellationRequested)
                {
                    throw new PipelineStoppedException();
                }
                catch (InvalidDataException e)
                {
                    WriteError(new ErrorRecord(e, "InvalidReportFile", ErrorCategory.InvalidData, path));
                }
                catch (IOException e)
                {
                    WriteError(new ErrorRecord(e, "FileReadFailed", ErrorCategory.ReadError, path));
                }
                finally
                {
                    progress.Complete();
                }
            }
        }

        private static string Describe(ReportFileReader reader, long written) =>
            written.ToString("N0", CultureInfo.CurrentCulture) + " records; " + (reader.BytesRead / (1024 * 1024)).ToString("N0", CultureInfo.CurrentCulture)
            + " of " + (reader.TotalBytes / (1024 * 1024)).ToString("N0", CultureInfo.CurrentCulture) + " MB read";

        private static int Percent(ReportFileReader reader) =>
            reader.TotalBytes > 0 ? (int)Math.Min(100, reader.BytesRead * 100 / reader.TotalBytes) : -1;

        /// <summary>Ctrl+C: the parser stops and MoveNext returns at once.</summary>
        protected override void StopProcessing()
        {
            try { _cancel.Cancel(); } catch (ObjectDisposedException) { }
        }

        public void Dispose()
        {
            _cancel.Dispose();
            GC.SuppressFinalize(this);
        }
    }
}
