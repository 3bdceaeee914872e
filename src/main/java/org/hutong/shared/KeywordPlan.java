package org.hutong.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * How a list searched by keyword reads one page (ADR 0026), for every list that has a search key
 * index: customers, leads, and the lists that copy them. A rare keyword is answered by its keys (few
 * index entries, sorted in memory); a common one walks the list's own sort index in order, in growing
 * batches, and keeps the rows the keyword matches, one key query a batch, until a page is full. The
 * choice comes from a capped count of the keyword's index entries, an index-only range read of at most
 * {@link #COMMON_KEYS} entries. A walk that reads {@link #WALK_LIMIT} rows without filling the page (a
 * keyword misjudged as common, or a narrow filter) stops and asks the keys instead, so neither plan
 * reads a whole enterprise.
 *
 * @param <R> a row of the list as the walk reads it: its id and sort position, not the whole record
 */
public final class KeywordPlan<R> {

	/** Index entries under a keyword from which on it counts as common: walking then finds a page sooner. */
	public static final int COMMON_KEYS = 500;

	/** The most rows a walk reads before it gives up and asks the keys. */
	public static final int WALK_LIMIT = 4_000;

	private static final int FIRST_BATCH = 100;

	private static final int LARGEST_BATCH = 800;

	private final Listing<R> listing;

	public KeywordPlan(Listing<R> listing) {
		this.listing = listing;
	}

	/** What a list gives the plan: its key lookup, its keyset query without the keyword, and the key check. */
	public interface Listing<R> {

		/** The keyword's index entries, counted up to {@code cap}. */
		long keysUpTo(int cap);

		/** Up to {@code limit} matches after the list's cursor, in the list's order, looked up by their keys. */
		List<R> byKeys(int limit);

		/** Up to {@code limit} rows of the list without the keyword, after {@code row} (or after the list's cursor when null), in order. */
		List<R> inOrder(R row, int limit);

		/** Those of {@code rows} the keyword matches, in the same order. */
		List<R> matching(List<R> rows);
	}

	/**
	 * Up to {@code limit} matches in the list's order. {@code read} and {@code matched} say what the walk
	 * saw (both 0 when the keys answered), the share an estimate of the whole is made from.
	 */
	public record Found<R>(List<R> rows, int read, int matched) {

		public boolean walked() {
			return read > 0;
		}

		/** The share of the list the keyword matches, as far as the walk can tell. */
		public double share() {
			return read == 0 ? 1 : (double) matched / read;
		}
	}

	/** Up to {@code limit} matches, by the plan the keyword's index entries call for. */
	public Found<R> find(int limit) {
		return listing.keysUpTo(COMMON_KEYS) < COMMON_KEYS ? byKeys(limit) : walk(limit);
	}

	/** The plan of a rare keyword: look its keys up and order the matches. */
	public Found<R> byKeys(int limit) {
		return new Found<>(listing.byKeys(limit), 0, 0);
	}

	/** The plan of a common keyword: walk the list in order, bounded by {@link #WALK_LIMIT}. */
	public Found<R> walk(int limit) {
		List<R> found = new ArrayList<>();
		R last = null;
		int read = 0;
		for (int batch = FIRST_BATCH; found.size() < limit; batch = Math.min(batch * 2, LARGEST_BATCH)) {
			if (read >= WALK_LIMIT) {
				// what the walk saw still tells the share, for the estimate
				return new Found<>(listing.byKeys(limit), read, found.size());
			}
			List<R> rows = listing.inOrder(last, batch);
			read += rows.size();
			found.addAll(listing.matching(rows));
			if (rows.size() < batch) {
				break;
			}
			last = rows.get(rows.size() - 1);
		}
		return new Found<>(found.subList(0, Math.min(limit, found.size())), read, found.size());
	}
}
