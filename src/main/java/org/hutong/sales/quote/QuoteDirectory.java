package org.hutong.sales.quote;

import java.util.Optional;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.SalesRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes as other modules read them (posts in the feed about one): whether a given user may see a
 * quote, by the rule of its own page, and what to call it. For any user, not only the signed-in one,
 * so the feed can ask on behalf of someone it notifies.
 */
@Service
@Transactional(readOnly = true)
public class QuoteDirectory implements SalesRecord {

	private final QuoteRepository quotes;

	private final QuoteAccess access;

	QuoteDirectory(QuoteRepository quotes, QuoteAccess access) {
		this.quotes = quotes;
		this.access = access;
	}

	@Override
	public String type() {
		return "quote";
	}

	@Override
	public String href(long id) {
		return "/sales/quotes/" + id;
	}

	@Override
	public boolean canRead(SignedInUser user, long id) {
		return user.can(QuotePermissions.READ)
				&& quotes.findByIdAndDeletedAtIsNull(id).filter(quote -> access.mayRead(user, quote)).isPresent();
	}

	/** {@code BJ-20261207-0003 · 配电房开关柜报价}, when the quote is there. */
	@Override
	public Optional<String> label(long id) {
		return quotes.findByIdAndDeletedAtIsNull(id).map(quote -> quote.getNumber() + " · " + quote.getTitle());
	}
}
