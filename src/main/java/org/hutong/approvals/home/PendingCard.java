package org.hutong.approvals.home;

import java.util.List;

import org.hutong.approvals.ApprovalInbox;
import org.hutong.approvals.PendingApprovals;
import org.hutong.web.HomeCard;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 工作台's 待审批 card: how many approvals wait for me, and the newest few. Everyone may approve. */
@Service
@Transactional(readOnly = true)
public class PendingCard {

	static final int SHOWN = 5;

	private final ApprovalInbox inbox;

	private final PendingApprovals pending;

	PendingCard(ApprovalInbox inbox, PendingApprovals pending) {
		this.inbox = inbox;
		this.pending = pending;
	}

	/** The badge and the first items, from the same pending tasks. */
	public record Card(long count, List<PendingApprovals.Item> first) {

		public boolean more() {
			return count > first.size();
		}
	}

	@Bean
	static HomeCard approvalsPendingHomeCard() {
		return new HomeCard("/approvals/home-card", 5, null);
	}

	public Card card(long userId) {
		return new Card(inbox.pendingCount(userId), pending.firstFor(userId, SHOWN));
	}
}
