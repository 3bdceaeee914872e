package org.hutong.shared;

import java.util.function.IntToLongFunction;
import java.util.function.LongSupplier;

/**
 * How many rows a list has in all: exact, or an estimate the page shows as such (约 7,300 个) and
 * the API flags with {@code totalIsEstimate}. Estimates keep two significant digits, so they do not
 * pretend to more precision than they have.
 */
public record Total(long value, boolean estimate) {

	/** Up to this many matches a list counts them exactly: reading that many index entries is cheap. */
	public static final int EXACT_UP_TO = 1_000;

	public static Total exact(long value) {
		return new Total(value, false);
	}

	/** An estimate, rounded to two significant digits and never below {@code atLeast} (the rows already seen). */
	public static Total estimate(double value, long atLeast) {
		long rounded = Math.round(value);
		long unit = 1;
		while (rounded / unit >= 100) {
			unit *= 10;
		}
		long shown = Math.round((double) rounded / unit) * unit;
		return new Total(Math.max(shown, atLeast), true);
	}

	/**
	 * A first page's total without reading the whole match set: the rows shown when there is no next
	 * page; otherwise a count up to {@link #EXACT_UP_TO}, exact when it stays below. Beyond it, a walk's
	 * share of matches times the list's size, or the list's size when the keys answered, and never less
	 * than the count. The count comes first even after a walk: the walk reads the newest rows, and
	 * matches that cluster there (a batch just imported with the same tag) make its share say nothing
	 * about the rest of the list.
	 *
	 * @param found the page's rows and one more when a next page exists
	 * @param limit the page's size
	 * @param countUpTo the matches, counted up to a cap ({@code cap + 1}: more)
	 * @param listSize the number of rows of the list without its keyword, from a cache that may lag
	 */
	public static Total of(KeywordPlan.Found<?> found, int limit, IntToLongFunction countUpTo,
			LongSupplier listSize) {
		long seen = found.rows().size();
		if (seen <= limit) {
			return exact(seen);
		}
		long counted = countUpTo.applyAsLong(EXACT_UP_TO);
		if (counted <= EXACT_UP_TO) {
			return exact(counted);
		}
		double share = found.walked() ? found.share() : 1;
		return estimate(Math.max(share * listSize.getAsLong(), counted), counted);
	}
}
