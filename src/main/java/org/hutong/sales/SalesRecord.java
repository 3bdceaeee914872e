package org.hutong.sales;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.identity.SignedInUser;

/**
 * A kind of sales record other modules may refer to by id — {@code opportunity}, {@code quote},
 * {@code contract}, {@code delivery}, {@code receipt} — with the sales module's own rule of who may see
 * one, for any user (the feed asks on behalf of someone it notifies), and what to call it.
 */
public interface SalesRecord {

	/** The kind, as in {@code opportunity:42}. */
	String type();

	boolean canRead(SignedInUser user, long id);

	/**
	 * Of these records, those the user may see. A page of posts asks once for all its records of a
	 * kind; a kind that can answer in one query does (the default asks {@link #canRead} for each).
	 */
	default Set<Long> readable(SignedInUser user, Collection<Long> ids) {
		return ids.stream().filter(id -> canRead(user, id)).collect(Collectors.toSet());
	}

	/** The record's name, when it is there in the current enterprise. */
	Optional<String> label(long id);

	/** The record's page. */
	String href(long id);

	/**
	 * Records whose posts a record's own feed shows with its own, by kind: a contract's 发货单 and
	 * 回款. None by default.
	 */
	default Map<String, Set<Long>> related(long id) {
		return Map.of();
	}
}
