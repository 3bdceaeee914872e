package org.hutong.notifications.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An approval notice leads to its 审批单, the digest to the inbox, other notices elsewhere. */
class ApprovalLinksTests {

	@Test
	void theLinkIsReadFromTheSourceKey() {
		assertThat(ApprovalLinks.target(ApprovalLinks.key(42, "task:7"))).isEqualTo("/approvals/42");
		assertThat(ApprovalLinks.target("approval:42")).isEqualTo("/approvals/42");
		assertThat(ApprovalLinks.target(ApprovalLinks.DIGEST + "2026-12-03")).isEqualTo("/approvals");
		assertThat(ApprovalLinks.target("post:42:mentioned")).isNull();
		assertThat(ApprovalLinks.target(null)).isNull();
	}
}
