package org.hutong.sales.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.files.TestImages;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.Roles;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 报价设置: the director sets each role's discount limit (a bad one is refused by its field, nothing
 * saved) and the letterhead with its seal; a rep may not open the settings.
 */
@HutongTest
class QuoteSettingsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Roles roles;

	@Autowired
	DiscountLimitRepository limits;

	@Test
	void theDirectorSetsARolesLimitAndABadOneChangesNothing() throws Exception {
		DemoTenants demo = new DemoTenants(tenants, transactions);
		long rep = demo.call("demo", () -> roles.all().stream().filter(role -> role.name().equals("销售代表"))
			.findFirst().orElseThrow().id());
		assertThat(html(get("/sales/quotes/settings"), "manager")).contains("销售代表").contains("name=\"limit-" + rep + "\"");
		mvc.perform(get("/sales/quotes/settings").with(as("sales"))).andExpect(status().isForbidden());

		String refused = mvc.perform(post("/sales/quotes/settings/limits").with(csrf()).param("limit-" + rep, "150")
			.with(as("manager"))).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("value=\"150\"");
		assertThat(limit(demo, rep)).isEqualByComparingTo("10");
		try {
			mvc.perform(post("/sales/quotes/settings/limits").with(csrf()).param("limit-" + rep, "12.5 %")
				.with(as("manager"))).andExpect(status().is3xxRedirection());
			assertThat(limit(demo, rep)).isEqualByComparingTo("12.5");
		}
		finally {
			mvc.perform(post("/sales/quotes/settings/limits").with(csrf()).param("limit-" + rep, "10")
				.with(as("manager"))).andExpect(status().is3xxRedirection());
		}
	}

	@Test
	void theLetterheadTakesASealImageAndRefusesAnythingElse() throws Exception {
		mvc.perform(multipart("/sales/quotes/settings/letterhead/seal")
			.file(new MockMultipartFile("image", "公章.txt", "image/png", "不是图片".getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(as("manager"))).andExpect(status().isUnprocessableContent());
		mvc.perform(get("/sales/quotes/settings/letterhead/seal").with(as("manager"))).andExpect(status().isNotFound());
		try {
			mvc.perform(multipart("/sales/quotes/settings/letterhead/seal")
				.file(new MockMultipartFile("image", "公章.png", "image/png", TestImages.png())).with(csrf())
				.with(as("manager"))).andExpect(status().is3xxRedirection());
			mvc.perform(get("/sales/quotes/settings/letterhead/seal").with(as("manager"))).andExpect(status().isOk())
				.andExpect(content().contentType("image/png"));
			mvc.perform(post("/sales/quotes/settings/letterhead").with(csrf()).param("companyName", "x".repeat(101))
				.with(as("manager"))).andExpect(status().isUnprocessableContent());
		}
		finally {
			mvc.perform(post("/sales/quotes/settings/letterhead/seal/remove").with(csrf()).with(as("manager")))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(get("/sales/quotes/settings/letterhead/seal").with(as("manager"))).andExpect(status().isNotFound());
	}

	private BigDecimal limit(DemoTenants demo, long role) {
		return demo.call("demo", () -> limits.findByRoleId(role).orElseThrow().getMaxDiscount());
	}

	private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user)
			throws Exception {
		return mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
