package org.hutong.sales.contract;

import java.util.List;

/**
 * A page of contracts: the rows, how many match (up to {@link ContractSearch#COUNT_CAP}, on the first
 * page only), and the filter of the next page, or {@code null} when this is the last.
 */
public record ContractPage(List<ContractRow> rows, Long total, ContractFilter next) {
}
