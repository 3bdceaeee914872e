package org.hutong.customers.customer;

import java.util.List;

/**
 * One page of the customer list, how many match in all (on the first page only; counted up to
 * {@code CustomerCount.CAP}, {@code totalCapped} when there are more), and the filter that loads the next page
 * ({@code null} on the last).
 */
public record CustomerPage(List<CustomerView> rows, Long total, boolean totalCapped, CustomerFilter next) {
}
