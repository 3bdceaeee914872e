package org.hutong.sales.quote;

/**
 * One thing a revision changed from the version before: {@code what} names it (a message key under
 * {@code quote.change.}), {@code item} the line it is about, if any.
 */
public record QuoteChange(String what, String item, String from, String to) {
}
