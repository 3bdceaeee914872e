package org.hutong.customers.customer;

import java.util.List;

import org.hutong.shared.Total;

/**
 * One page of the customer list, how many match in all (on the first page only, exact or an estimate:
 * {@link Total}), and the filter that loads the next page ({@code null} on the last).
 */
public record CustomerPage(List<CustomerView> rows, Total total, CustomerFilter next) {
}
