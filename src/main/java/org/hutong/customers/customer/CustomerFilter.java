package org.hutong.customers.customer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.hutong.shared.Texts;

/**
 * The list's query: scope, search text, filters, order and the keyset cursor {@code after}, an
 * opaque token naming the last row shown (its sort value and id), for "加载更多" and the API.
 */
public record CustomerFilter(CustomerScope scope, String q, CustomerLevel level, CustomerIndustry industry,
		CustomerStatus status, String province, CustomerSort sort, String after) {

	static final int MAX_QUERY = 50;

	public CustomerFilter {
		scope = scope == null ? CustomerScope.MINE : scope;
		sort = sort == null ? CustomerSort.UPDATED : sort;
		q = Texts.clean(q);
		q = q == null || q.length() <= MAX_QUERY ? q : q.substring(0, MAX_QUERY);
		province = Texts.clean(province);
		after = Texts.clean(after);
	}

	static CustomerFilter none() {
		return new CustomerFilter(null, null, null, null, null, null, null, null);
	}

	/** Whether this asks for the first page; SpEL calls it, hence public. */
	public boolean first() {
		return cursor() == null;
	}

	/** Whether anything narrows the list besides the scope. */
	public boolean narrowed() {
		return q != null || level != null || industry != null || status != null || province != null;
	}

	/** The same filter, continuing after the row with this sort value and id. */
	CustomerFilter after(String sortValue, long id) {
		String token = Base64.getUrlEncoder().withoutPadding()
			.encodeToString((sortValue + "\n" + id).getBytes(StandardCharsets.UTF_8));
		return new CustomerFilter(scope, q, level, industry, status, province, sort, token);
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
