using System;
using System.Collections.Generic;
using System.Linq;
using Vonage.Reports.Http;
using Vonage.Reports.Products;
using Vonage.Reports.Queries;

namespace Vonage.Reports.Paging
{
    /// <summary>
    /// Checks a <see cref="RecordQuery"/> against the API's rules and cuts it into segments the API accepts:
    /// back-to-back date windows of at most 24 h (start inclusive, end exclusive, so no record falls in two
    /// windows or none), or id chunks of 20.
    /// </summary>
    internal static class RecordQueryPlanner
    {
        /// <summary>Parameters the API allows in id mode besides product/account/direction/id.</summary>
        private static readonly HashSet<string> IdModeFilters = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public static IReadOnlyList<RecordSegment> Plan(RecordQuery query, string defaultAccountId, DateTimeOffset now)
        {
            string product = NormalizeProduct(query.Product);
            string? direction = NormalizeDirection(product, query.Direction);
            if (query.PageSize.HasValue && (query.PageSize < 1 || query.PageSize > 1000))
                throw new VonageValidationException("InvalidPageSize", "The page size must be between 1 and 1000 (the API's limit); got " + query.PageSize + ".", "PageSize", query.PageSize);
            string account = string.IsNullOrWhiteSpace(query.AccountId) ? defaultAccountId : query.AccountId!.Trim();

            QueryString Base()
            {
                var q = new QueryString().Add("account_id", account).Add("product", product).Add("direction", direction);
                return q;
            }

            void AddOptions(QueryString q)
            {
                q.Add("include_message", query.IncludeMessage).Add("show_concatenated", query.ShowConcatenated).Add("hide_prices", query.HidePrices);
            }

            if (query.IsIdMode)
            {
                if (query.DateStart.HasValue || query.DateEnd.HasValue || query.Last.HasValue)
                    throw new VonageValidationException("IdAndDateRange", "Ids and a date range cannot be combined: the API searches by id or by date, not both.", "Id", string.Join(",", query.Ids));
                var disallowed = query.Filters.Keys.Where(k => !IdModeFilters.Contains(k)).ToList();
                if (disallowed.Count > 0)
                    throw new VonageValidationException("FilterNotAllowedWithId", "In id mode the API allows only product, account_id, direction, id, include_message, hide_prices and show_concatenated; remove: " + string.Join(", ", disallowed) + ".", disallowed[0], query.Filters[disallowed[0]]);
                var ids = query.Ids.Select(i => i?.Trim()).Where(i => !string.IsNullOrEmpty(i)).Distinct(StringComparer.Ordinal).ToList();
                foreach (var id in ids)
                    if (id!.IndexOf(',') >= 0)
                        throw new VonageValidationException("InvalidId", "An id cannot contain a comma: '" + id + "'.", "Id", id);
                var segments = new List<RecordSegment>();
                for (int i = 0; i < ids.Count; i += RecordQuery.MaximumIdsPerCall)
                {
                    var chunk = ids.Skip(i).Take(RecordQuery.MaximumIdsPerCall).ToList();
                    var q = Base().Add("id", string.Join(",", chunk));
                    AddOptions(q);
                    segments.Add(new RecordSegment(q, chunk.Count + " id(s) from " + chunk[0]));
                }
                return segments;
            }

            // Date mode.
            DateTimeOffset? start = query.DateStart, end = query.DateEnd;
            string? relativeStart = null;
            if (query.Last.HasValue)
            {
                if (start.HasValue || end.HasValue)
                    throw new VonageValidationException("LastAndDateRange", "Use either Last or DateStart/DateEnd, not both.", "Last", query.Last);
                if (query.Last.Value <= TimeSpan.Zero)
                    throw new VonageValidationException("InvalidLast", "Last must be a positive span such as 2h or 3d.", "Last", query.Last);
                if (query.Last.Value <= RecordQuery.MaximumWindow) relativeStart = RelativeTime.ToApiForm(query.Last.Value);
                else { end = now; start = now - query.Last.Value; }
            }
            else
            {
                if (!start.HasValue && !end.HasValue) { end = now; start = now - RecordQuery.MaximumWindow; }
                else if (!start.HasValue) start = end!.Value - RecordQuery.MaximumWindow;
                if (end.HasValue && end.Value <= start!.Value)
                    throw new VonageValidationException("InvalidDateRange", "DateEnd (" + ApiDate.Format(end.Value) + ") must be after DateStart (" + ApiDate.Format(start.Value) + ").", "DateEnd", end);
            }

            var result = new List<RecordSegment>();
            if (relativeStart != null)
            {
                var q = Base().Add("date_start", relativeStart);
                AddFilters(q, query);
                result.Add(new RecordSegment(q, "last " + query.Last!.Value));
                return result;
            }

            // With no end the API ends at "now"; fix it ourselves only when the range needs splitting.
            if (!end.HasValue && now - start!.Value > RecordQuery.MaximumWindow) end = now;
            if (!end.HasValue)
            {
                var q = Base().Add("date_start", ApiDate.Format(start!.Value));
                AddFilters(q, query);
                result.Add(new RecordSegment(q, ApiDate.Format(start.Value) + " .. now", start, null));
                return result;
            }

            for (var windowStart = start!.Value; windowStart < end.Value; windowStart += RecordQuery.MaximumWindow)
            {
                var windowEnd = windowStart + RecordQuery.MaximumWindow;
                if (windowEnd > end.Value) windowEnd = end.Value;
                var q = Base().Add("date_start", ApiDate.Format(windowStart)).Add("date_end", ApiDate.Format(windowEnd));
                AddFilters(q, query);
                result.Add(new RecordSegment(q, ApiDate.Format(windowStart) + " .. " + ApiDate.Format(windowEnd), windowStart, windowEnd));
            }
            return result;

            void AddFilters(QueryString q, RecordQuery rq)
            {
                AddOptions(q);
                if (rq.PageSize.HasValue) q.Add("limit", rq.PageSize.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var filter in rq.Filters)
                    if (!string.IsNullOrEmpty(filter.Value)) q.Add(filter.Key, filter.Value);
            }
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
                    throw new VonageValidationException("DirectionRequired", "Product " + product + " needs a direction: inbound or outbound.", "Direction", direction);
                return null;
            }
            string value = direction!.Trim().ToLowerInvariant();
            if (value != "inbound" && value != "outbound")
                throw new VonageValidationException("InvalidDirection", "Direction must be inbound or outbound; got '" + direction + "'.", "Direction", direction);
            if (rule == DirectionRule.Invalid)
                throw new VonageValidationException("DirectionNotSupported", "Product " + product + " takes no direction (only SMS, MESSAGES, VOICE-API, VOICE-REJECTED, ASR and AMD do).", "Direction", direction);
            return value;
        }
    }
}
