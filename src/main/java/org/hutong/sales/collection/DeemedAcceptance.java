package org.hutong.sales.collection;

/**
 * 视同验收: when the customer records no acceptance within this many calendar days of arrival, the
 * acceptance counts as done on arrival plus those days. Contracts add it so that a customer who never
 * gets round to signing the acceptance cannot hold the payment forever.
 */
public record DeemedAcceptance(int daysAfterArrival) {
}
