package org.hutong.feed.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** 日报: seen by the author's leaders only, read receipts, one a day, and the leader's roster. */
@HutongTest
class ReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ReportSettings settings;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aDailyReportGoesUpToTheLeadersWhoReadItAndOnlyOnceADay() throws Exception {
		String location = mvc.perform(post("/feed/reports").param("period", "DAILY")
			.param("done", "完成许昌 110kV 变电站 <b>投标</b> 文件").param("plan", "明天去现场").param("problems", "")
			.with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;b&gt;投标&lt;/b&gt;")));
		for (String outsider : new String[] { "sales2", "rd", "finance" }) {
			mvc.perform(get(location).with(new TestUsers(userDetails).as("demo", outsider)))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get(location).with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(content().string(containsString("李明")))
			.andExpect(content().string(not(containsString("还没有人读"))));
		mvc.perform(post("/feed/reports").param("period", "DAILY").param("done", "再交一次")
			.with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("今天的日报已经提交过了")));
	}

	@Test
	void theRosterShowsWhoHasNotSubmittedByTheDueTime() throws Exception {
		SignedInUser admin = new TestUsers(userDetails).load("demo", "admin");
		inTenant(admin, LocalTime.MIDNIGHT);
		try {
			mvc.perform(get("/feed/reports").with(new TestUsers(userDetails).as("demo", "manager")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("陈磊")))
				.andExpect(content().string(containsString("逾期未交")))
				.andExpect(content().string(containsString(LocalDate.now(EnterpriseZone.DEFAULT) + " 00:00")));
			mvc.perform(get("/feed/reports").with(new TestUsers(userDetails).as("demo", "rd")))
				.andExpect(content().string(containsString("没有需要向你汇报的同事")));
		}
		finally {
			inTenant(admin, ReportSettings.DEFAULT_DUE);
		}
		mvc.perform(post("/feed/reports/due").param("due", "17:30").with(new TestUsers(userDetails).as("demo", "manager"))
			.with(csrf())).andExpect(status().isForbidden());
	}

	private void inTenant(SignedInUser admin, LocalTime due) {
		TenantContext.runAs(admin.tenantId(), () -> transactions.executeWithoutResult(status -> settings.due(due)));
	}
}
