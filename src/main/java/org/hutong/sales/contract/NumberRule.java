package org.hutong.sales.contract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An enterprise's rule for contract numbers: its prefix, the date part after it and the sequence's
 * digits, joined by {@link #SEPARATOR} — {@code HT-2026-0001} by default. The sequence restarts each
 * year (年), each month (年月) or never (none); a sequence beyond its digits simply grows a digit, so a
 * number is never cut.
 *
 * @param prefix letters and digits, 1 to {@link #MAX_PREFIX}
 * @param datePart what of the day the number carries, and so when its sequence restarts
 * @param digits the sequence's width, {@link #MIN_DIGITS} to {@link #MAX_DIGITS}, zero-padded
 */
public record NumberRule(String prefix, DatePart datePart, int digits) {

	public static final String SEPARATOR = "-";

	public static final int MAX_PREFIX = 10;

	public static final int MIN_DIGITS = 3;

	public static final int MAX_DIGITS = 8;

	/** What a prefix may hold. */
	public static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9]{1," + MAX_PREFIX + "}");

	/** HT-2026-0001. */
	public static final NumberRule DEFAULT = new NumberRule("HT", DatePart.YEAR, 4);

	/** The day a "none" counter is kept under: it never restarts. */
	private static final LocalDate EVER = LocalDate.of(2000, 1, 1);

	/** The date part of a number: 年 {@code yyyy}, 年月 {@code yyyyMM}, or none. */
	public enum DatePart {
		YEAR("yyyy", "/Y"), MONTH("yyyyMM", "/M"), NONE(null, "/N");

		private final DateTimeFormatter format;

		private final String counter;

		DatePart(String pattern, String counter) {
			this.format = pattern == null ? null : DateTimeFormatter.ofPattern(pattern);
			this.counter = counter;
		}
	}

	public NumberRule {
		Objects.requireNonNull(datePart, "datePart");
		if (prefix == null || !PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException("a prefix is 1 to " + MAX_PREFIX + " letters or digits: " + prefix);
		}
		if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
			throw new IllegalArgumentException("digits must be " + MIN_DIGITS + " to " + MAX_DIGITS + ": " + digits);
		}
	}

	/** The number of the {@code sequence}th contract counted in the period of {@code day}. */
	public String format(LocalDate day, int sequence) {
		if (sequence < 1) {
			throw new IllegalArgumentException("sequences start at 1: " + sequence);
		}
		String counted = String.format("%0" + digits + "d", sequence);
		return datePart == DatePart.NONE ? prefix + SEPARATOR + counted
				: prefix + SEPARATOR + datePart.format.format(day) + SEPARATOR + counted;
	}

	/** What the first contract of the day's period is numbered: the settings page's example. */
	public String example(LocalDate day) {
		return format(day, 1);
	}

	/** The first day of the period the day's sequence is counted in: the year's, the month's, or one fixed day. */
	public LocalDate period(LocalDate day) {
		return switch (datePart) {
			case YEAR -> day.withDayOfYear(1);
			case MONTH -> day.withDayOfMonth(1);
			case NONE -> EVER;
		};
	}

	/**
	 * The name the sequence is counted under, with {@link #period}: one per prefix and date part, so
	 * numbers of different rules can never meet, and a changed width keeps counting on. The default
	 * rule's is the one contracts were always counted under ({@code HT/Y}).
	 */
	public String counter() {
		return prefix + datePart.counter;
	}
}
