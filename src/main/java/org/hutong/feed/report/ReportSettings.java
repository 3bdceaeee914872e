package org.hutong.feed.report;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.hutong.tenancy.TenantJdbc;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** By when each enterprise expects the day's 日报: 18:00 unless an administrator set another time. */
@Component
@Transactional
public class ReportSettings {

	public static final LocalTime DEFAULT_DUE = LocalTime.of(18, 0);

	private final TenantJdbc jdbc;

	ReportSettings(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public LocalTime due() {
		return jdbc.sql("SELECT report_due FROM feed_settings WHERE tenant_id = :tenantId")
			.query(String.class)
			.optional()
			.map(ReportSettings::parse)
			.orElse(DEFAULT_DUE);
	}

	public void due(LocalTime time) {
		String value = String.format("%02d:%02d", time.getHour(), time.getMinute());
		int updated = jdbc.sql("UPDATE feed_settings SET report_due = :due WHERE tenant_id = :tenantId")
			.param("due", value)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO feed_settings (tenant_id, report_due) VALUES (:tenantId, :due) ON CONFLICT DO NOTHING")
				.param("due", value)
				.update();
		}
	}

	private static LocalTime parse(String value) {
		try {
			return LocalTime.parse(value);
		}
		catch (DateTimeParseException unreadable) {
			return DEFAULT_DUE;
		}
	}
}
