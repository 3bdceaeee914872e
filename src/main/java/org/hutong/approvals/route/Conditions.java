package org.hutong.approvals.route;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.hutong.approvals.flow.Condition;

/**
 * Evaluates a branch's condition on a request's values. A missing or malformed value never throws:
 * the condition is false, so the request takes the default branch.
 */
public final class Conditions {

	private Conditions() {
	}

	public static boolean holds(Condition condition, Map<String, Object> values, Set<Long> departmentChain) {
		try {
			return evaluate(condition, values == null ? Map.of() : values, departmentChain);
		}
		catch (RuntimeException malformed) {
			return false;
		}
	}

	private static boolean evaluate(Condition condition, Map<String, Object> values, Set<Long> chain) {
		if (condition instanceof Condition.AllOf all) {
			return !all.conditions().isEmpty() && all.conditions().stream().allMatch(c -> holds(c, values, chain));
		}
		if (condition instanceof Condition.AnyOf any) {
			return any.conditions().stream().anyMatch(c -> holds(c, values, chain));
		}
		if (condition instanceof Condition.DepartmentWithin within) {
			return chain != null && chain.contains(within.departmentId());
		}
		if (condition instanceof Condition.FieldCompare compare) {
			return compare(compare, values.get(compare.fieldKey()));
		}
		return false;
	}

	private static boolean compare(Condition.FieldCompare compare, Object actual) {
		if (actual == null || compare.operator() == null || compare.value() == null) {
			return false;
		}
		return switch (compare.operator()) {
			case IN -> compare.value() instanceof Collection<?> list && !(actual instanceof Collection<?>)
					&& list.stream().anyMatch(v -> String.valueOf(v).equals(String.valueOf(actual)));
			case CONTAINS -> actual instanceof Collection<?> chosen
					&& chosen.stream().anyMatch(v -> String.valueOf(v).equals(String.valueOf(compare.value())));
			case EQ, NE -> equality(compare.operator() == Condition.Operator.EQ, actual, compare.value());
			default -> order(compare.operator(), number(actual), number(compare.value()));
		};
	}

	private static boolean equality(boolean equal, Object actual, Object expected) {
		BigDecimal a = number(actual);
		BigDecimal b = number(expected);
		boolean same = a != null && b != null ? a.compareTo(b) == 0 : String.valueOf(actual).equals(String.valueOf(expected));
		return equal == same;
	}

	private static boolean order(Condition.Operator operator, BigDecimal actual, BigDecimal limit) {
		if (actual == null || limit == null) {
			return false;
		}
		int c = actual.compareTo(limit);
		return switch (operator) {
			case GE -> c >= 0;
			case GT -> c > 0;
			case LT -> c < 0;
			case LE -> c <= 0;
			default -> false;
		};
	}

	/** A number or money from the form (a number, or text like "50000.00"); {@code null} when it is none. */
	static BigDecimal number(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		if (value instanceof String text && !text.isBlank()) {
			try {
				return new BigDecimal(text.strip().replace(",", ""));
			}
			catch (NumberFormatException malformed) {
				return null;
			}
		}
		return null;
	}
}
