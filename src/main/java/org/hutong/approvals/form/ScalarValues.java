package org.hutong.approvals.form;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Reads one raw value — as JSON or page parameters give it: a string, a number, a one-element list
 * — as the type a field wants, or says why it cannot with a {@link Refused}. Never trusts its shape:
 * maps where a text is wanted, huge numbers, NaN and five-digit years are refused, not thrown on.
 */
final class ScalarValues {

	private ScalarValues() {
	}

	/** A value is refused: the problem code and its message arguments. */
	static final class Refused extends RuntimeException {

		final String code;

		final transient Object[] args;

		Refused(String code, Object... args) {
			super(code, null, false, false);
			this.code = code;
			this.args = args;
		}
	}

	/** Null, blank text, an empty list or a map of blanks: the field was left empty. */
	static boolean isBlank(Object raw) {
		if (raw == null) {
			return true;
		}
		if (raw instanceof String text) {
			return text.isBlank();
		}
		if (raw instanceof List<?> list) {
			return list.stream().allMatch(ScalarValues::isBlank);
		}
		if (raw instanceof Map<?, ?> map) {
			return map.values().stream().allMatch(ScalarValues::isBlank);
		}
		return false;
	}

	/** A page sends a single value as a one-element list; JSON may too. */
	static Object single(Object raw) {
		if (raw instanceof List<?> list && list.size() == 1) {
			return list.get(0);
		}
		return raw;
	}

	static String text(Object raw, int maxLength) {
		Object value = single(raw);
		if (!(value instanceof String) && !(value instanceof Number)) {
			throw new Refused("notText");
		}
		String text = value.toString().strip();
		if (text.codePointCount(0, text.length()) > maxLength) {
			throw new Refused("tooLong", maxLength);
		}
		return text;
	}

	/** A decimal with at most {@code scale} places, set to that scale, within the bounds given. */
	static BigDecimal number(Object raw, int scale, BigDecimal min, BigDecimal max) {
		BigDecimal number = decimal(single(raw));
		if (number.stripTrailingZeros().scale() > scale) {
			throw new Refused(scale == 0 ? "notInteger" : "tooManyDecimals", scale);
		}
		if (number.abs().compareTo(FieldLimits.AMOUNT_MAX) > 0) {
			throw new Refused("tooLarge", FieldLimits.AMOUNT_MAX.toPlainString());
		}
		if (min != null && number.compareTo(min) < 0) {
			throw new Refused(min.signum() == 0 ? "negative" : "belowMin", min.toPlainString());
		}
		if (max != null && number.compareTo(max) > 0) {
			throw new Refused("aboveMax", max.toPlainString());
		}
		return number.setScale(scale);
	}

	private static BigDecimal decimal(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigInteger) {
			return new BigDecimal(value.toString());
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (!Double.isFinite(number)) {
				throw new Refused("notNumber");
			}
			return new BigDecimal(value.toString());
		}
		if (!(value instanceof String text)) {
			throw new Refused("notNumber");
		}
		String plain = text.strip().replace(",", "");
		if (plain.length() > FieldLimits.RAW_MAX || !plain.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
			throw new Refused("notNumber");
		}
		return new BigDecimal(plain);
	}

	static LocalDate date(Object raw) {
		Object value = single(raw);
		if (value instanceof LocalDate date) {
			return inYears(date);
		}
		if (!(value instanceof String text) || text.strip().length() > FieldLimits.RAW_MAX) {
			throw new Refused("notDate");
		}
		try {
			return inYears(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException ex) {
			throw new Refused("notDate");
		}
	}

	private static LocalDate inYears(LocalDate date) {
		if (date.getYear() < FieldLimits.FIRST_YEAR || date.getYear() > FieldLimits.LAST_YEAR) {
			throw new Refused("notDate");
		}
		return date;
	}

	/** The code of one of the options; labels are not accepted, so a renamed label changes nothing. */
	static String option(Object raw, List<FieldOption> options) {
		Object value = single(raw);
		if (!(value instanceof String) && !(value instanceof Number)) {
			throw new Refused("unknownOption");
		}
		String code = value.toString().strip();
		if (options.stream().noneMatch(option -> option.code().equals(code))) {
			throw new Refused("unknownOption");
		}
		return code;
	}

	/** A positive whole id, as a JSON number or a string of digits. */
	static long id(Object raw) {
		Object value = single(raw);
		if (value instanceof Integer || value instanceof Long) {
			long id = ((Number) value).longValue();
			if (id > 0) {
				return id;
			}
		}
		if (value instanceof String text && text.strip().matches("[1-9]\\d{0,17}")) {
			return Long.parseLong(text.strip());
		}
		throw new Refused("notId");
	}

	static <E extends Enum<E>> E choice(Object raw, Class<E> type) {
		Object value = single(raw);
		if (value instanceof String text) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(text.strip())) {
					return constant;
				}
			}
		}
		throw new Refused("unknownOption");
	}
}
