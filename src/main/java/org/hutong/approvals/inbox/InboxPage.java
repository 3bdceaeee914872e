package org.hutong.approvals.inbox;

import java.util.List;

/** One page of the inbox, and the filter of the next page when there is one. */
public record InboxPage(List<InboxItem> items, InboxFilter next) {
}
