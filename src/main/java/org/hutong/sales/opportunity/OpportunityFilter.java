package org.hutong.sales.opportunity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * What narrows the deals: the scope, a keyword (part of the name), a pipeline and stage, a status,
 * one customer (the customer page's 商机 tab), and the cursor of the page (after an instant of last
 * change and an id, newest first).
 */
public record OpportunityFilter(OpportunityScope scope, @Size(max = 50) String q, Long pipeline, Long stage,
		OpportunityStatus status, Long customer, @Size(max = 200) String after) {

	public OpportunityFilter {
		scope = scope == null ? OpportunityScope.MINE : scope;
		q = Texts.clean(q);
		q = q == null || q.length() <= 50 ? q : q.substring(0, 50);
		after = Texts.clean(after);
	}

	static OpportunityFilter none() {
		return new OpportunityFilter(null, null, null, null, null, null, null);
	}

	/** A customer's deals, all that the reader may see. */
	static OpportunityFilter ofCustomer(long customerId) {
		return new OpportunityFilter(OpportunityScope.TEAM, null, null, null, null, customerId, null);
	}

	public boolean first() {
		return after == null;
	}

	public boolean narrowed() {
		return q != null || activeFilters() > 0;
	}

	public int activeFilters() {
		return (pipeline == null ? 0 : 1) + (stage == null ? 0 : 1) + (status == null ? 0 : 1);
	}

	OpportunityFilter after(Instant updatedAt, long id) {
		String token = Base64.getUrlEncoder().withoutPadding()
			.encodeToString((updatedAt.toString() + "\n" + id).getBytes(StandardCharsets.UTF_8));
		return new OpportunityFilter(scope, q, pipeline, stage, status, customer, token);
	}

	/** The cursor's instant and id, or null when there is none or it does not read. */
	Cursor cursor() {
		if (after == null) {
			return null;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
			int cut = text.lastIndexOf('\n');
			return cut < 0 ? null : new Cursor(Instant.parse(text.substring(0, cut)), Long.parseLong(text.substring(cut + 1)));
		}
		catch (IllegalArgumentException | java.time.format.DateTimeParseException unreadable) {
			return null;
		}
	}

	record Cursor(Instant updatedAt, long id) {
	}
}
