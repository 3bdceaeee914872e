package org.hutong.sales.target;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.hutong.web.EnterpriseZone;

/**
 * A month ({@code 2026-12}), a quarter ({@code 2026-Q4}) or a year ({@code 2026}) of targets and
 * figures, in the enterprise's zone.
 */
public record Period(Kind kind, int year, int index) {

	public enum Kind {
		MONTH, QUARTER, YEAR
	}

	private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(?:Q([1-4])|(\\d{1,2})))?");

	public static Period month(int year, int month) {
		return new Period(Kind.MONTH, year, month);
	}

	public static Period quarter(int year, int quarter) {
		return new Period(Kind.QUARTER, year, quarter);
	}

	public static Period quarterOf(LocalDate day) {
		return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	/** The period the text names, if it is one between the years 2000 and 2100. */
	public static Optional<Period> parse(String text) {
		Matcher m = text == null ? null : TEXT.matcher(text.strip());
		if (m == null || !m.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(m.group(1));
		if (year < 2000 || year > 2100) {
			return Optional.empty();
		}
		if (m.group(2) != null) {
			return Optional.of(quarter(year, Integer.parseInt(m.group(2))));
		}
		if (m.group(3) != null) {
			int month = Integer.parseInt(m.group(3));
			return month >= 1 && month <= 12 ? Optional.of(month(year, month)) : Optional.empty();
		}
		return Optional.of(new Period(Kind.YEAR, year, 0));
	}

	public List<Integer> months() {
		return switch (kind) {
			case MONTH -> List.of(index);
			case QUARTER -> IntStream.rangeClosed(index * 3 - 2, index * 3).boxed().toList();
			case YEAR -> IntStream.rangeClosed(1, 12).boxed().toList();
		};
	}

	public LocalDate first() {
		return LocalDate.of(year, months().get(0), 1);
	}

	public LocalDate last() {
		return LocalDate.of(year, months().get(months().size() - 1), 1).plusMonths(1).minusDays(1);
	}

	public Instant start() {
		return first().atStartOfDay(EnterpriseZone.DEFAULT).toInstant();
	}

	public Instant end() {
		return last().plusDays(1).atStartOfDay(EnterpriseZone.DEFAULT).toInstant();
	}

	public Period previous() {
		return switch (kind) {
			case MONTH -> index == 1 ? month(year - 1, 12) : month(year, index - 1);
			case QUARTER -> index == 1 ? quarter(year - 1, 4) : quarter(year, index - 1);
			case YEAR -> new Period(Kind.YEAR, year - 1, 0);
		};
	}

	public Period next() {
		return switch (kind) {
			case MONTH -> index == 12 ? month(year + 1, 1) : month(year, index + 1);
			case QUARTER -> index == 4 ? quarter(year + 1, 1) : quarter(year, index + 1);
			case YEAR -> new Period(Kind.YEAR, year + 1, 0);
		};
	}

	/** As the URLs and the parser write it. */
	public String text() {
		return switch (kind) {
			case MONTH -> year + "-" + (index < 10 ? "0" : "") + index;
			case QUARTER -> year + "-Q" + index;
			case YEAR -> String.valueOf(year);
		};
	}
}
