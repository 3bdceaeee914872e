package org.hutong.customers.lead;

import java.util.List;

/** One page of leads, how many match (on the first page only), and the filter of the next page ({@code null} on the last). */
public record LeadPage(List<LeadView> rows, Long total, LeadFilter next) {
}
