package org.hutong.approvals.form;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A checked date range, end not before start. The half days are set only for a field that asks
 * for them (请假): a range starting in the afternoon or ending in the morning counts half a day less.
 */
public record DateRange(LocalDate start, LocalDate end, HalfDay startHalf, HalfDay endHalf) {

	/** Working days it covers, Monday to Friday, half days counted as 0.5. */
	public java.math.BigDecimal workingDays() {
		return WorkingDays.between(start, startHalf, end, endHalf);
	}

	/** As stored in a request's JSON: ISO dates, half days only when present. */
	Map<String, Object> storable() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("start", start.toString());
		map.put("end", end.toString());
		if (startHalf != null) {
			map.put("startHalf", startHalf.name());
			map.put("endHalf", endHalf.name());
		}
		return map;
	}
}
