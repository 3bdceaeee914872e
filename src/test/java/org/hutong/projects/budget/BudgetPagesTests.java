package org.hutong.projects.budget;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.project.ProjectFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 预算 page: its manager sees the forms to add a line and enter a cost; a negative amount comes
 * back (422) with the reason next to the field; the project page links to it.
 */
@HutongTest
class BudgetPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theManagerAddsLinesAndANegativeAmountIsRefusedOnItsField() throws Exception {
		ProjectFixtures projects = new ProjectFixtures(mvc, userDetails, tokens, jdbc);
		String location = projects.create("rd", "电气设计室", "预算页面项目");
		long project = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		var rd = new TestUsers(userDetails).as("demo", "rd");
		mvc.perform(get("/projects/{id}", project).with(rd))
			.andExpect(status().isOk()).andExpect(content().string(containsString("/projects/" + project + "/budget")));
		mvc.perform(get("/projects/{id}/budget", project).with(rd))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("录入费用")))
			.andExpect(content().string(containsString("材料费")));
		String category = jdbc.sql("SELECT c.id FROM projects_budget_category c JOIN projects_budget_set s ON s.id = c.set_id "
				+ "JOIN projects_project p ON p.tenant_id = s.tenant_id WHERE p.id = :id AND s.is_default = TRUE ORDER BY c.position LIMIT 1")
			.param("id", project).query(Long.class).single().toString();
		mvc.perform(post("/projects/{id}/budget/lines", project).with(rd).with(csrf())
			.param("categoryId", category).param("amount", "-3"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("金额不能为负数。")));
		mvc.perform(post("/projects/{id}/budget/lines", project).with(rd).with(csrf())
			.param("categoryId", category).param("amount", "5000").param("note", "样机"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/projects/{id}/budget", project).with(rd))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("5,000.00")))
			.andExpect(content().string(not(containsString("还没有预算。"))));
	}
}
