package org.hutong.customers.lead;

import java.util.List;

import org.hutong.shared.Total;

/**
 * One page of leads, how many match (on the first page only, exact or an estimate: {@link Total}), and
 * the filter of the next page ({@code null} on the last).
 */
public record LeadPage(List<LeadView> rows, Total total, LeadFilter next) {
}
