package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.hutong.customers.TimelineCursor;
import org.hutong.web.EnterpriseZone;

/**
 * Where a sales kind of a customer's 时间线 (合同 · 发货 · 验收 · 回款) continues after a cursor: entries
 * older than {@code at}, or at it with an id below {@code idBelow}. Entries dated by a day (shipped on,
 * accepted on, signed on) stand at the start of that day in the enterprise's zone; for them the bound
 * is a day and an id below which entries of that day come after the cursor — all of them when the
 * cursor stands later in the day.
 */
public record TimelineBound(Instant at, long idBelow) {

	private static final Instant NEWEST = Instant.parse("9999-12-31T00:00:00Z");

	/** The bound of entries of {@code kind} after the cursor; {@code null}: from the newest. */
	public static TimelineBound after(TimelineCursor cursor, String kind) {
		return cursor == null ? new TimelineBound(NEWEST, Long.MAX_VALUE) : new TimelineBound(cursor.at(), cursor.idBelow(kind));
	}

	/** The instant an entry dated by this day stands at. */
	public static Instant startOf(LocalDate day) {
		return day.atStartOfDay(EnterpriseZone.DEFAULT).toInstant();
	}

	/** The bound's day, for entries dated by a day. */
	public LocalDate day() {
		return LocalDate.ofInstant(at, EnterpriseZone.DEFAULT);
	}

	/** For entries dated by {@link #day()}, the id they must stay below. */
	public long dayIdBelow() {
		return startOf(day()).equals(at) ? idBelow : Long.MAX_VALUE;
	}

	/** The bound as the database compares timestamps. */
	public OffsetDateTime atForSql() {
		return at.atOffset(java.time.ZoneOffset.UTC);
	}

	/** An amount as entries show it: {@code CNY 1,234,567.80}. */
	public static String money(String currency, BigDecimal amount) {
		return currency + " " + String.format(Locale.ROOT, "%,.2f", amount);
	}
}
