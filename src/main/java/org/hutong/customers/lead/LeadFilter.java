package org.hutong.customers.lead;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.hutong.shared.Texts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The lead list's query: search text, status, on a team list the 负责人 or a department's people, the
 * days created, and the keyset cursor {@code after}, an opaque token naming the last row shown (its
 * update time and id), for "加载更多" and the API.
 */
public record LeadFilter(String q, LeadStatus status, Long owner, Long dept,
		@DateTimeFormat(iso = ISO.DATE) LocalDate createdFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate createdTo,
		String after) {

	static final int MAX_QUERY = 50;

	public LeadFilter {
		q = Texts.clean(q);
		q = q == null || q.length() <= MAX_QUERY ? q : q.substring(0, MAX_QUERY);
		after = Texts.clean(after);
	}

	static LeadFilter none() {
		return new LeadFilter(null, null, null, null, null, null, null);
	}

	/** Whether this asks for the first page; SpEL calls it, hence public. */
	public boolean first() {
		return cursor() == null;
	}

	public boolean narrowed() {
		return q != null || activeFilters() > 0;
	}

	/** How many of the 筛选 sheet's filters narrow the list (a date range counts once). */
	public int activeFilters() {
		int active = 0;
		for (Object filter : new Object[] { status, owner, dept, createdFrom != null ? createdFrom : createdTo }) {
			active += filter == null ? 0 : 1;
		}
		return active;
	}

	LeadFilter after(String updatedAt, long id) {
		String token = Base64.getUrlEncoder().withoutPadding()
			.encodeToString((updatedAt + "\n" + id).getBytes(StandardCharsets.UTF_8));
		return new LeadFilter(q, status, owner, dept, createdFrom, createdTo, token);
	}

	/** The decoded cursor, or {@code null} when absent or malformed (then the first page is shown). */
	Cursor cursor() {
		if (after == null) {
			return null;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
			int split = decoded.lastIndexOf('\n');
			return split < 0 ? null : new Cursor(decoded.substring(0, split), Long.parseLong(decoded.substring(split + 1)));
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
	}

	record Cursor(String value, long id) {
	}
}
