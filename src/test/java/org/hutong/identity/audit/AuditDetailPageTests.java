package org.hutong.identity.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The 审计日志 shows an entry's detail as sentences in the reader's language, not the stored keys. */
@HutongTest
class AuditDetailPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void aNewRolesDetailReadsAsSentences() throws Exception {
		var admin = new TestUsers(userDetails).as("demo", "admin");
		String name = "审计" + System.nanoTime() % 1_000_000;
		mvc.perform(post("/admin/roles").with(csrf()).with(admin).param("name", name)
			.param("dataScope", "DEPARTMENT_TREE").param("permissions", "customers.read"))
			.andExpect(redirectedUrl("/admin/roles"));
		mvc.perform(get("/admin/audit").with(admin))
			.andExpect(content().string(containsString("数据范围：本部门及下级；权限：查看客户与联系人")))
			.andExpect(content().string(not(containsString("dataScope=DEPARTMENT_TREE"))));
		mvc.perform(get("/admin/audit").with(admin).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Data scope: Own department and below; Permissions: View customers and contacts")));
	}
}
