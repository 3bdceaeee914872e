package org.hutong.tenancy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * An enterprise's document numbers like {@code BX-20261202-0007} (审批单, 报价单 …): prefix, the day in
 * Shanghai, and a per-day sequence per prefix counted in {@code approval_number} (the table kept the
 * name of its first user) under a row lock — never in memory, so two nodes or a restart never hand
 * out a number twice. Runs in the caller's transaction; the lock is held until it commits.
 */
@Component
public class DailyNumbers {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final TenantJdbc jdbc;

	DailyNumbers(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	public String next(String prefix, Instant now) {
		LocalDate day = now.atZone(ZONE).toLocalDate();
		return prefix + "-" + DAY.format(day) + "-" + String.format("%04d", nextValue(prefix, day));
	}

	/**
	 * The next value of a counter kept under a name ({@code prefix}, at most 16 characters) and the
	 * first day of its period, for numbers a module formats itself: a contract's HT-2026-0001 counts
	 * under {@code HT/Y} and the year's first day.
	 */
	public int nextValue(String prefix, LocalDate day) {
		Optional<Integer> last = locked(prefix, day);
		if (last.isEmpty()) {
			// the first number of the day: another node may insert the same row at once; ours then does nothing
			jdbc.sql("insert into approval_number (tenant_id, prefix, on_day, last_value) values (:tenantId, :prefix, :day, 0) "
					+ "on conflict do nothing")
				.param("prefix", prefix).param("day", day).update();
			last = locked(prefix, day);
		}
		int value = last.orElseThrow() + 1;
		jdbc.sql("update approval_number set last_value = :value where tenant_id = :tenantId and prefix = :prefix and on_day = :day")
			.param("value", value).param("prefix", prefix).param("day", day).update();
		return value;
	}

	private Optional<Integer> locked(String prefix, LocalDate day) {
		return jdbc.sql("select last_value from approval_number where tenant_id = :tenantId and prefix = :prefix "
				+ "and on_day = :day for update")
			.param("prefix", prefix).param("day", day).query(Integer.class).optional();
	}
}
