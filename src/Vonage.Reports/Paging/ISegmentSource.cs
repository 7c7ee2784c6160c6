namespace Vonage.Reports.Paging
{
    /// <summary>Hands out the segments of a query in order, possibly deciding their size as records arrive.</summary>
    internal interface ISegmentSource
    {
        /// <summary>The next segment, or null when the query is covered.</summary>
        RecordSegment? Next();

        /// <summary>Tells the source how many records a finished segment held (adaptive sources size later windows by it).</summary>
        void Completed(RecordSegment segment, long records);

        /// <summary>How many segments there are, when known up front; -1 otherwise.</summary>
        int KnownCount { get; }

        /// <summary>Share of the query covered once <paramref name="segment"/> is done (0..1), for progress.</summary>
        double FractionAfter(RecordSegment segment);
    }
}
