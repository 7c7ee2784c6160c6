using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Vonage.Reports.Http;
using Vonage.Reports.Products;
using Vonage.Reports.Queries;

namespace Vonage.Reports.Paging
{
    /// <summary>
    /// Checks a <see cref="RecordQuery"/> against the API's rules and cuts it into segments the API accepts:
    /// back-to-back date windows of at most 24 h (start inclusive, end exclusive, so no record falls in two
    /// windows or none), or id chunks of 20. For parallel reading of a fixed range the windows are sized as
    /// the data arrives (<see cref="AdaptiveWindowSource"/>).
    /// </summary>
    internal static class RecordQueryPlanner
    {
        /// <summary>Parameters the API allows in id mode besides product/account/direction/id.</summary>
        private static readonly HashSet<string> IdModeFilters = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The serial plan: id chunks, or 24 h windows.</summary>
        public static IReadOnlyList<RecordSegment> Plan(RecordQuery query, string defaultAccountId, DateTimeOffset now) =>
            new Planned(query, defaultAccountId, now).FixedSegments();

        /// <summary>The segments to read with <paramref name="concurrency"/> fetches at a time.</summary>
        public static ISegmentSource CreateSource(RecordQuery query, string defaultAccountId, DateTimeOffset now, int concurrency)
        {
            var planned = new Planned(query, defaultAccountId, now);
            if (concurrency > 1 && planned.Start.HasValue && planned.End.HasValue)
                return new AdaptiveWindowSource(planned.Start.Value, planned.End.Value, query.PageSize ?? 1000, planned.Window);
            return new FixedSegmentSource(planned.FixedSegments());
        }

        internal static string NormalizeProduct(string? product)
        {
            if (!VonageProduct.TryNormalize(product, out var canonical))
                throw new VonageValidationException("UnknownProduct", "Unknown product '" + product + "'. Use one of: " + string.Join(", ", VonageProduct.AllAcceptedNames) + ".", "Product", product);
            return canonical;
        }

        internal static string? NormalizeDirection(string product, string? direction)
        {
            var rule = VonageProduct.GetDirectionRule(product);
            if (string.IsNullOrWhiteSpace(direction))
            {
                if (rule == DirectionRule.Required)
                    throw new VonageValidationException("DirectionRequired", "Product " + product + " needs a direction: inbound or outbound.", "Direction", product);
                return null;
            }
            string value = direction!.Trim().ToLowerInvariant();
            if (value != "inbound" && value != "outbound")
                throw new VonageValidationException("InvalidDirection", "Direction must be inbound or outbound; got '" + direction + "'.", "Direction", direction);
            if (rule == DirectionRule.Invalid)
                throw new VonageValidationException("DirectionNotSupported", "Product " + product + " takes no direction (only SMS, MESSAGES, VOICE-API, VOICE-REJECTED, ASR and AMD do).", "Direction", direction);
            return value;
        }

        /// <summary>A validated query: its mode, its range (date mode), and how to build one segment's parameters.</summary>
        private sealed class Planned
        {
            private readonly RecordQuery _query;
            private readonly string _product;
            private readonly string? _direction;
            private readonly string _account;
            private readonly List<string> _ids = new List<string>();
            private readonly string? _relativeStart;

            public Planned(RecordQuery query, string defaultAccountId, DateTimeOffset now)
            {
                _query = query;
                _product = NormalizeProduct(query.Product);
                _direction = NormalizeDirection(_product, query.Direction);
                if (query.PageSize.HasValue && (query.PageSize < 1 || query.PageSize > 1000))
                    throw new VonageValidationException("InvalidPageSize", "The page size must be between 1 and 1000 (the API's limit); got " + query.PageSize + ".", "PageSize", query.PageSize);
                _account = string.IsNullOrWhiteSpace(query.AccountId) ? defaultAccountId : query.AccountId!.Trim();
                if (query.IsIdMode) ValidateIdMode();
                else ResolveRange(now, out _relativeStart);
            }

            public DateTimeOffset? Start { get; private set; }

            /// <summary>Null when the range ends "now" on the API's side (open-ended, one window).</summary>
            public DateTimeOffset? End { get; private set; }

            public IReadOnlyList<RecordSegment> FixedSegments()
            {
                var segments = new List<RecordSegment>();
                if (_query.IsIdMode)
                {
                    for (int i = 0; i < _ids.Count; i += RecordQuery.MaximumIdsPerCall)
                    {
                        var chunk = _ids.Skip(i).Take(RecordQuery.MaximumIdsPerCall).ToList();
                        var q = Base().Add("id", string.Join(",", chunk));
                        AddOptions(q);
                        segments.Add(new RecordSegment(q, chunk.Count + " id(s) from " + chunk[0]));
                    }
                }
                else if (_relativeStart != null)
                {
                    var q = Base().Add("date_start", _relativeStart);
                    AddFilters(q);
                    segments.Add(new RecordSegment(q, "last " + _query.Last!.Value));
                }
                else if (!End.HasValue)
                {
                    var q = Base().Add("date_start", ApiDate.Format(Start!.Value));
                    AddFilters(q);
                    segments.Add(new RecordSegment(q, ApiDate.Format(Start.Value) + " .. now", Start, null));
                }
                else
                {
                    for (var windowStart = Start!.Value; windowStart < End.Value; windowStart += RecordQuery.MaximumWindow)
                    {
                        var windowEnd = windowStart + RecordQuery.MaximumWindow;
                        segments.Add(Window(windowStart, windowEnd > End.Value ? End.Value : windowEnd));
                    }
                }
                return segments;
            }

            /// <summary>One date window [start, end) of the query.</summary>
            public RecordSegment Window(DateTimeOffset start, DateTimeOffset end)
            {
                var q = Base().Add("date_start", ApiDate.Format(start)).Add("date_end", ApiDate.Format(end));
                AddFilters(q);
                return new RecordSegment(q, ApiDate.Format(start) + " .. " + ApiDate.Format(end), start, end);
            }

            private void ValidateIdMode()
            {
                if (_query.DateStart.HasValue || _query.DateEnd.HasValue || _query.Last.HasValue)
                    throw new VonageValidationException("IdAndDateRange", "Ids and a date range cannot be combined: the API searches by id or by date, not both.", "Id", string.Join(",", _query.Ids));
                var disallowed = _query.Filters.Keys.Where(k => !IdModeFilters.Contains(k)).ToList();
                if (disallowed.Count > 0)
                    throw new VonageValidationException("FilterNotAllowedWithId", "In id mode the API allows only product, account_id, direction, id, include_message, hide_prices and show_concatenated; remove: " + string.Join(", ", disallowed) + ".", disallowed[0], _query.Filters[disallowed[0]]);
                foreach (var raw in _query.Ids)
                {
                    string? id = raw?.Trim();
                    if (string.IsNullOrEmpty(id) || _ids.Contains(id!)) continue;
                    if (id!.IndexOf(',') >= 0)
                        throw new VonageValidationException("InvalidId", "An id cannot contain a comma: '" + id + "'.", "Id", id);
                    _ids.Add(id);
                }
            }

            private void ResolveRange(DateTimeOffset now, out string? relativeStart)
            {
                relativeStart = null;
                DateTimeOffset? start = _query.DateStart, end = _query.DateEnd;
                ApiDate.EnsureInRange(start, "DateStart");
                ApiDate.EnsureInRange(end, "DateEnd");
                if (_query.Last.HasValue)
                {
                    if (start.HasValue || end.HasValue)
                        throw new VonageValidationException("LastAndDateRange", "Use either Last or DateStart/DateEnd, not both.", "Last", _query.Last);
                    if (_query.Last.Value <= TimeSpan.Zero)
                        throw new VonageValidationException("InvalidLast", "Last must be a positive span such as 2h or 3d.", "Last", _query.Last);
                    if (_query.Last.Value > now - ApiDate.Earliest)
                        throw new VonageValidationException("InvalidLast", "Last (" + _query.Last.Value.TotalDays.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)
                            + " days) reaches back before " + ApiDate.Format(ApiDate.Earliest) + ". The API keeps 13 months of records.", "Last", _query.Last);
                    if (_query.Last.Value <= RecordQuery.MaximumWindow)
                    {
                        relativeStart = RelativeTime.ToApiForm(_query.Last.Value);
                        return;
                    }
                    end = now;
                    start = now - _query.Last.Value;
                }
                else
                {
                    if (!start.HasValue && !end.HasValue) { end = now; start = now - RecordQuery.MaximumWindow; }
                    else if (!start.HasValue) start = end!.Value - RecordQuery.MaximumWindow;
                    else if (!end.HasValue && start.Value >= now)
                        throw new VonageValidationException("InvalidDateRange", "DateStart (" + ApiDate.Format(start.Value) + ") is not in the past: without a DateEnd the "
                            + "range ends now (" + ApiDate.Format(now) + "). Give an earlier DateStart, or a DateEnd after it.", "DateStart", start);
                    if (end.HasValue && end.Value <= start!.Value)
                        throw new VonageValidationException("InvalidDateRange", "DateEnd (" + ApiDate.Format(end.Value) + ") must be after DateStart (" + ApiDate.Format(start.Value) + ").", "DateEnd", end);
                }
                // With no end the API ends at "now"; fix it ourselves only when the range needs splitting.
                if (!end.HasValue && now - start!.Value > RecordQuery.MaximumWindow) end = now;
                Start = start;
                End = end;
            }

            private QueryString Base() => new QueryString().Add("account_id", _account).Add("product", _product).Add("direction", _direction);

            private void AddOptions(QueryString q) =>
                q.Add("include_message", _query.IncludeMessage).Add("show_concatenated", _query.ShowConcatenated).Add("hide_prices", _query.HidePrices);

            private void AddFilters(QueryString q)
            {
                AddOptions(q);
                if (_query.PageSize.HasValue) q.Add("limit", _query.PageSize.Value.ToString(CultureInfo.InvariantCulture));
                foreach (var filter in _query.Filters)
                    if (!string.IsNullOrEmpty(filter.Value)) q.Add(filter.Key, filter.Value);
            }
        }
    }
}
