package org.hutong.sales;

import java.util.Optional;

import org.hutong.identity.SignedInUser;

/**
 * A kind of sales record other modules may refer to by id — {@code opportunity}, {@code quote} — with
 * the sales module's own rule of who may see one, for any user (the feed asks on behalf of someone it
 * notifies), and what to call it.
 */
public interface SalesRecord {

	/** The kind, as in {@code opportunity:42}. */
	String type();

	boolean canRead(SignedInUser user, long id);

	/** The record's name, when it is there in the current enterprise. */
	Optional<String> label(long id);

	/** The record's page. */
	String href(long id);
}
