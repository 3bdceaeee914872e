package org.hutong.approvals.inbox;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the inbox shows: a tab, a search over title and number, a flow, the days submitted, and the
 * request id the next page starts below ("加载更多" by keyset, newest first).
 */
public record InboxFilter(InboxTab tab, String q, String flow, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Long after) {

	public InboxFilter {
		tab = tab == null ? InboxTab.PENDING : tab;
		q = q == null || q.isBlank() ? null : q.strip();
		flow = flow == null || flow.isBlank() ? null : flow;
	}

	public static InboxFilter of(InboxTab tab) {
		return new InboxFilter(tab, null, null, null, null, null);
	}

	public boolean first() {
		return after == null;
	}

	/** How many groups of the 筛选 sheet hold a value. */
	public int activeFilters() {
		return (flow == null ? 0 : 1) + (from == null && to == null ? 0 : 1);
	}

	public boolean narrowed() {
		return q != null || activeFilters() > 0;
	}

	public InboxFilter after(long requestId) {
		return new InboxFilter(tab, q, flow, from, to, requestId);
	}
}
