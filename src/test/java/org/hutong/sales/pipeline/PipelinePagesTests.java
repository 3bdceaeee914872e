package org.hutong.sales.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 销售流程: every enterprise has 直销, the demo also 国网/南网招标; the sales director keeps them, a rep reads them. */
@HutongTest
class PipelinePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void theDirectorKeepsThePipelinesAndARepReadsThem() throws Exception {
		String read = html("sales");
		assertThat(read).contains("直销").contains("国网/南网招标").contains("中标").contains("方案报价").contains("价格偏高")
			.doesNotContain("添加阶段");
		assertThat(html("demo2", "admin")).contains("直销").doesNotContain("国网/南网招标");

		String name = "经销商" + ThreadLocalRandom.current().nextInt(100_000);
		mvc.perform(post("/sales/pipelines").with(csrf()).param("name", name).with(as("manager")))
			.andExpect(status().is3xxRedirection());
		String page = html("manager");
		assertThat(page).contains("value=\"" + name + "\"");
		String id = page.replaceAll("(?s).*id=\"pipeline-(\\d+)\"[^>]*>\\s*<form[^>]*>[^<]*<input[^>]*>[^<]*<input name=\"name\" value=\"" + name + "\".*", "$1");
		String refused = mvc.perform(post("/sales/pipelines/{id}/stages", id).with(csrf()).param("name", "")
			.param("probability", "150").with(as("manager"))).andExpect(status().isUnprocessableContent()).andReturn()
			.getResponse().getContentAsString();
		assertThat(refused).contains("必填").contains("赢率须是 0 到 100 的整数");
		mvc.perform(post("/sales/pipelines/{id}/stages", id).with(csrf()).param("name", "样品试用").param("probability", "60")
			.with(as("manager"))).andExpect(status().is3xxRedirection());
		assertThat(html("manager")).contains("value=\"样品试用\"");
		String twice = mvc.perform(post("/sales/pipelines").with(csrf()).param("name", name).with(as("manager")))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(twice).contains("已有同名的销售流程");
		mvc.perform(post("/sales/pipelines").with(csrf()).param("name", "代表不能建").with(as("sales")))
			.andExpect(status().isForbidden());
	}

	private String html(String username) throws Exception {
		return html("demo", username);
	}

	private String html(String tenant, String username) throws Exception {
		return mvc.perform(get("/sales/pipelines").with(new TestUsers(userDetails).as(tenant, username)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
