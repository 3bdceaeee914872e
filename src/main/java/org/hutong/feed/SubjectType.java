package org.hutong.feed;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.identity.SignedInUser;

/**
 * A kind of record posts can be attached to, such as {@code customer}. The module that owns the
 * record decides who may read it; the feed shows a record's posts only to them. Later modules
 * (opportunities, contracts, projects) declare a bean of this type for theirs.
 */
public interface SubjectType {

	/** The prefix in subject references, e.g. {@code customer} in {@code customer:42}. */
	String type();

	/** Whether the user may read the record; {@code false} for a record that does not exist. */
	boolean canRead(SignedInUser user, long id);

	/**
	 * Of these record ids, those the user may read. A page of posts asks once for all its records; a
	 * type that can answer in one query should (the default asks {@link #canRead} for each).
	 */
	default Set<Long> readable(SignedInUser user, Collection<Long> ids) {
		return ids.stream().filter(id -> canRead(user, id)).collect(Collectors.toSet());
	}

	/** The record's name to show on its posts, when it exists in the current enterprise. */
	Optional<String> label(long id);

	/** The record's page. */
	String href(long id);

	/**
	 * Records, by type, whose posts the record's own feed shows beside its own (a contract's 发货单 and
	 * 回款); each post still shows only to those who may read its own record. None by default.
	 */
	default Map<String, Set<Long>> related(long id) {
		return Map.of();
	}
}
