package org.hutong.identity.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HutongTest
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void adminsSeeSignInsWithAddressInTheFullPage() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("tenant", "demo").param("username", "finance").param("password", "demo1234"));
		mvc.perform(get("/admin/audit").param("action", "SIGN_IN").with(new TestUsers(userDetails).as("demo", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"tabbar\"")))
			.andExpect(content().string(containsString("登录成功")))
			.andExpect(content().string(containsString("finance")))
			.andExpect(content().string(containsString("127.0.0.1")));
	}

	@Test
	void anHtmxFilterRequestGetsOnlyTheRows() throws Exception {
		mvc.perform(get("/admin/audit").param("action", "SIGN_IN").header("HX-Request", "true")
			.with(new TestUsers(userDetails).as("demo", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("class=\"tabbar\""))))
			.andExpect(content().string(containsString("audit-list")));
	}

	@Test
	void boostedNavigationStillGetsTheWholePage() throws Exception {
		mvc.perform(get("/admin/audit").header("HX-Request", "true").header("HX-Boosted", "true")
			.with(new TestUsers(userDetails).as("demo", "admin")))
			.andExpect(content().string(containsString("class=\"tabbar\"")));
	}

	@Test
	void aHistoryRestoreGetsTheWholePage() throws Exception {
		mvc.perform(get("/admin/audit").header("HX-Request", "true").header("HX-History-Restore-Request", "true")
			.with(new TestUsers(userDetails).as("demo", "admin")))
			.andExpect(content().string(containsString("class=\"tabbar\"")));
	}

	@Test
	void anotherEnterprisesEntriesNeverShow() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("tenant", "demo").param("username", "manager").param("password", "demo1234"));
		mvc.perform(get("/admin/audit").param("actor", "manager").with(new TestUsers(userDetails).as("demo2", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(">manager"))));
	}

	@Test
	void badFiltersDoNotBreakThePage() throws Exception {
		mvc.perform(get("/admin/audit").param("action", "NO_SUCH").with(new TestUsers(userDetails).as("demo", "admin")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/audit").param("from", "yesterday").with(new TestUsers(userDetails).as("demo", "admin")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/audit").param("actor", "%_\\").with(new TestUsers(userDetails).as("demo", "admin")))
			.andExpect(status().isOk());
	}

	@Test
	void usersWithoutThePermissionAreForbidden() throws Exception {
		mvc.perform(get("/admin/audit").with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isForbidden());
	}
}
