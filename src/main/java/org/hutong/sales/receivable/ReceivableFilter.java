package org.hutong.sales.receivable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What narrows the receivables: the list (逾期 or 即将到期), how many days ahead 即将到期 looks
 * ({@link #DEFAULT_DAYS} unless chosen), an ageing bucket (the ageing's drill-down), one customer, one
 * 负责人, one department (and those below it), and the cursor of the page: the due day and term id
 * of the last row shown, as {@code 2026-03-01.42}.
 */
public record ReceivableFilter(Kind list, @Min(1) @Max(365) Integer days, AgeBucket bucket, Long customer, Long owner,
		Long dept, String after) {

	public static final int DEFAULT_DAYS = 30;

	/** Which list: terms past their due day, or falling due within the days. */
	public enum Kind {
		OVERDUE, DUE_SOON
	}

	public ReceivableFilter {
		if (bucket != null) {
			list = bucket.overdue() ? Kind.OVERDUE : Kind.DUE_SOON;
		}
		list = list == null ? Kind.OVERDUE : list;
		days = days == null ? DEFAULT_DAYS : days;
		after = after == null || after.isBlank() ? null : after.strip();
	}

	public static ReceivableFilter overdue() {
		return new ReceivableFilter(Kind.OVERDUE, null, null, null, null, null, null);
	}

	public boolean first() {
		return after == null;
	}

	/** How many of the 筛选 sheet's groups hold a value. */
	public int activeFilters() {
		return (owner == null ? 0 : 1) + (dept == null ? 0 : 1) + (customer == null ? 0 : 1) + (bucket == null ? 0 : 1);
	}

	ReceivableFilter after(String cursor) {
		return new ReceivableFilter(list, days, bucket, customer, owner, dept, cursor);
	}

	/** The filter as a link's query: name, value, name, value … */
	public Object[] query() {
		return new Object[] { "list", list, "days", days, "bucket", bucket, "customer", customer, "owner", owner, "dept",
				dept, "after", after };
	}

	/** The same filter on the other list, from its first page. */
	public ReceivableFilter on(Kind kind) {
		return new ReceivableFilter(kind, days, null, customer, owner, dept, null);
	}
}
