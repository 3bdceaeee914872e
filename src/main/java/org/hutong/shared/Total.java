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

	/** At most this many index entries are read to check a walk's projection. */
	public static final int KEYS_CHECKED = 5_000;

	/**
	 * A first page's total without reading the whole match set: the rows shown when there is no next
	 * page; after a walk, its share of matches times the list's size, when the keyword has index
	 * entries enough for it (counted up to {@link #KEYS_CHECKED}: one index-only range), else the
	 * entries themselves when there are more than {@link #EXACT_UP_TO}. Otherwise a count up to
	 * {@link #EXACT_UP_TO}, exact when it stays below, and beyond it an estimate never below the count. The check matters because a walk reads the newest rows: matches that cluster
	 * there (a batch just imported with one tag) make its share say nothing about the rest of the list,
	 * and the keyword's few index entries give that away.
	 *
	 * @param found the page's rows and one more when a next page exists
	 * @param limit the page's size
	 * @param countUpTo the matches, counted up to a cap ({@code cap + 1}: more)
	 * @param listSize the number of rows of the list without its keyword, from a cache that may lag
	 * @param keysUpTo the keyword's index entries, counted up to a cap (asked only after a walk)
	 */
	public static Total of(KeywordPlan.Found<?> found, int limit, IntToLongFunction countUpTo,
			LongSupplier listSize, IntToLongFunction keysUpTo) {
		long seen = found.rows().size();
		if (seen <= limit) {
			return exact(seen);
		}
		double projected = found.walked() ? found.share() * listSize.getAsLong() : listSize.getAsLong();
		long keys = Long.MAX_VALUE;
		// a projection of a few matches is counted: counting few matches is cheap
		if (found.walked() && projected > EXACT_UP_TO) {
			int cap = (int) Math.max(seen, Math.min(projected, KEYS_CHECKED));
			keys = keysUpTo.applyAsLong(cap);
			if (keys >= cap) {
				return estimate(projected, seen);
			}
			if (keys > EXACT_UP_TO) {
				// a row seldom has two entries under one keyword: the entries are close to the matches, and
				// counting over a thousand matches in the list's scope costs what the walk saved
				return estimate(keys, seen);
			}
		}
		long counted = countUpTo.applyAsLong(EXACT_UP_TO);
		if (counted <= EXACT_UP_TO) {
			return exact(counted);
		}
		// a row has at least one entry under its keyword: the entries bound the matches from above
		return estimate(Math.max(Math.min(projected, keys), counted), counted);
	}
}
