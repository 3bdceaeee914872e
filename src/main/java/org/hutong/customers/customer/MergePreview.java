package org.hutong.customers.customer;

import java.util.List;

/**
 * What a merge would do: the survivor and the duplicate, how many records move, and which of the
 * survivor's empty fields the duplicate fills.
 */
public record MergePreview(CustomerView survivor, CustomerView duplicate, long contacts, long followUps,
		long teamMembers, long ownerChanges, long changes, List<String> filledFields) {
}
