package org.hutong.approvals.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hutong.approvals.flow.ApproverSource.users;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.approvals.ApprovalInbox;
import org.hutong.approvals.PendingApprovals;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.hutong.approvals.home.PendingCard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 工作台's 待审批 card: the badge is the inbox's count and the list its newest pending tasks. */
@HutongTest
class PendingCardTests {

	@Autowired
	ApplicationContext beans;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	EngineKit kit;

	@BeforeEach
	void setUp() {
		kit = new EngineKit(beans);
		// later than what other tests submit, so this test's requests are the newest
		kit.clock.advance(Duration.ofDays(3000));
	}

	@Test
	void theBadgeCountsWhatTheListShowsAndTheListIsTheNewestFive() throws Exception {
		Flow flow = kit.flow(ApproverNode.of("n", Mode.ANY, users(kit.id("sales2"))));
		long approver = kit.id("sales2");
		long before = kit.tx(() -> beans.getBean(ApprovalInbox.class).pendingCount(approver));
		List<Long> mine = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			kit.clock.advance(Duration.ofMinutes(1));
			mine.add(kit.submit("sales", flow, Map.of()));
		}
		kit.approve(mine.get(5), "sales2");
		PendingCard.Card card = kit.tx(() -> beans.getBean(PendingCard.class).card(approver));
		assertThat(card.count()).isEqualTo(before + 5)
			.isEqualTo(kit.tx(() -> beans.getBean(ApprovalInbox.class).pendingCount(approver)));
		assertThat(card.first()).extracting(PendingApprovals.Item::requestId)
			.as("newest first, the approved one gone")
			.containsExactly(mine.get(4), mine.get(3), mine.get(2), mine.get(1), mine.get(0));
		assertThat(card.more()).isEqualTo(before > 0);

		mvc.perform(get("/approvals/home-card").header("HX-Request", "true").with(new TestUsers(userDetails).as("demo", "sales2")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/approvals/" + mine.get(4) + "\"")))
			.andExpect(content().string(containsString("href=\"/approvals\"")))
			.andExpect(content().string(containsString("查看全部（" + card.count() + "）")));
		mvc.perform(get("/").with(new TestUsers(userDetails).as("demo", "sales2")))
			.andExpect(content().string(containsString("/approvals/home-card")));
	}

	@Test
	void nothingPendingSaysSo() throws Exception {
		mvc.perform(get("/approvals/home-card").header("HX-Request", "true").with(new TestUsers(userDetails).as("demo2", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有等你审批的事项")));
	}
}
