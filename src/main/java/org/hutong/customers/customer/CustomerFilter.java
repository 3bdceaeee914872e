package org.hutong.customers.customer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The list's query: scope, search text, filters, order and the keyset cursor {@code after}, an
 * opaque token naming the last row shown (its sort value and id), for "加载更多" and the API.
 *
 * @param city a city code, narrowing the province; ignored when it lies in another province (the
 *        pickers send the old city once when the province changes)
 * @param idleDays not followed up for this many days (or never); outside 1–3650 it is ignored
 * @param createdFrom created on or after this day (Asia/Shanghai)
 * @param createdTo created on or before this day (Asia/Shanghai)
 * @param owner 团队 only: this 负责人's customers (still within the viewer's data scope)
 * @param dept 团队 only: customers owned by people of this department or any below it
 */
public record CustomerFilter(CustomerScope scope, String q,
		@Size(max = Customer.LEVEL_LENGTH, message = "{customer.tooLong}") String level,
		@Size(max = Customer.INDUSTRY_LENGTH, message = "{customer.tooLong}") String industry, CustomerStatus status,
		@Size(max = CustomerLocation.CODE_LENGTH, message = "{customer.tooLong}") String province, CustomerSort sort,
		@Size(max = CustomerFilter.CURSOR_LENGTH, message = "{customer.tooLong}") String after,
		@Size(max = CustomerLocation.CODE_LENGTH, message = "{customer.tooLong}") String city, Integer idleDays,
		@DateTimeFormat(iso = ISO.DATE) LocalDate createdFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate createdTo,
		Long owner, Long dept) {

	static final int MAX_QUERY = 50;

	static final int MAX_IDLE_DAYS = 3650;

	/**
	 * The longest cursor this list writes: a name's sort value (up to four bytes a character), a line
	 * break and an id, in unpadded base64. Filters stay short enough to be kept on an export job.
	 */
	static final int CURSOR_LENGTH = (Customer.NAME_LENGTH * 4 + 1 + 20 + 2) / 3 * 4;

	/** The cursor's sort value of a row that was never followed up (the last group of {@code LAST_FOLLOW_UP}). */
	static final String NEVER = "-";

	public CustomerFilter {
		scope = scope == null ? CustomerScope.MINE : scope;
		sort = sort == null ? CustomerSort.UPDATED : sort;
		q = Texts.clean(q);
		q = q == null || q.length() <= MAX_QUERY ? q : q.substring(0, MAX_QUERY);
		province = Texts.clean(province);
		level = Texts.clean(level);
		industry = Texts.clean(industry);
		after = Texts.clean(after);
		city = Texts.clean(city);
		city = city != null && province != null && !city.startsWith(province) ? null : city;
		idleDays = idleDays == null || idleDays < 1 || idleDays > MAX_IDLE_DAYS ? null : idleDays;
		// 我的 is the viewer's own and 公海 has no owner: only 团队 narrows by owner or department
		owner = scope == CustomerScope.TEAM ? owner : null;
		dept = scope == CustomerScope.TEAM ? dept : null;
	}

	static CustomerFilter none() {
		return new CustomerFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** Whether this asks for the first page; SpEL calls it, hence public. */
	public boolean first() {
		return cursor() == null;
	}

	/** Whether anything narrows the list besides the scope. */
	public boolean narrowed() {
		return q != null || activeFilters() > 0;
	}

	/** How many of the 筛选 sheet's filters narrow the list (a date range or a region counts once). */
	public int activeFilters() {
		int active = 0;
		for (Object filter : new Object[] { level, industry, status, province != null ? province : city, idleDays,
				createdFrom != null ? createdFrom : createdTo, owner, dept }) {
			active += filter == null ? 0 : 1;
		}
		return active;
	}

	/** The same filter with this owner (or none), for the per-owner counts' links. */
	public CustomerFilter withOwner(Long ownerId) {
		return new CustomerFilter(scope, q, level, industry, status, province, sort, null, city, idleDays, createdFrom,
				createdTo, ownerId, dept);
	}

	/** The same filter, continuing after the row with this sort value and id. */
	CustomerFilter after(String sortValue, long id) {
		String token = Base64.getUrlEncoder().withoutPadding()
			.encodeToString((sortValue + "\n" + id).getBytes(StandardCharsets.UTF_8));
		return new CustomerFilter(scope, q, level, industry, status, province, sort, token, city, idleDays,
				createdFrom, createdTo, owner, dept);
	}

	/** The same filter, continuing after the row at this cursor. */
	CustomerFilter after(Cursor cursor) {
		return after(cursor.value(), cursor.id());
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
