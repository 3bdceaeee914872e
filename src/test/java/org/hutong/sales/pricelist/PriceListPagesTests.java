package org.hutong.sales.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 价格表 pages and API: the keeper makes a list for a level, prices a demo product by its code, and the API answers the price a customer takes. */
@HutongTest
class PriceListPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Test
	void theKeeperMakesAListPricesAProductByCodeAndTheApiAnswersThePrice() throws Exception {
		String form = html(get("/sales/price-lists/new"), "manager");
		String level = form.replaceAll("(?s).*name=\"levels\" value=\"([^\"]+)\".*", "$1");
		String location = mvc.perform(post("/sales/price-lists").with(csrf()).param("name", "重点客户价")
			.param("validFrom", "2026-01-01").param("levels", level).with(as("manager")))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String refused = mvc.perform(post(location + "/prices").with(csrf()).param("code", "NO-SUCH-CODE")
			.param("price", "abc").with(as("manager"))).andExpect(status().isUnprocessableContent()).andReturn()
			.getResponse().getContentAsString();
		assertThat(refused).contains("没有这个编码").contains("请输入金额");
		mvc.perform(post(location + "/prices").with(csrf()).param("code", "XGN15-12").param("price", "29800")
			.with(as("manager"))).andExpect(status().is3xxRedirection());
		assertThat(html(get(location), "sales")).contains("重点客户价").contains("XGN15-12").contains("¥29,800.00 / 面")
			.contains("标准价 ¥32,000.00").doesNotContain("设置价格");
		assertThat(html(get("/sales/price-lists"), "sales")).contains("重点客户价").contains("1 个产品");
		String stale = mvc.perform(post(location).with(csrf()).param("name", "改名").param("validFrom", "2026-01-01")
			.param("version", "99").with(as("manager"))).andExpect(status().isConflict()).andReturn().getResponse()
			.getContentAsString();
		assertThat(stale).contains("这个价格表刚被别人修改过");
		mvc.perform(post("/sales/price-lists").with(csrf()).param("name", "代表不能建").param("validFrom", "2026-01-01")
			.with(as("sales"))).andExpect(status().isForbidden());

		String xgn = mvc.perform(get("/api/v1/products").param("q", "XGN15-12").header("Authorization", token("sales")))
			.andReturn().getResponse().getContentAsString().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
		mvc.perform(get("/api/v1/prices").param("productIds", xgn).header("Authorization", token("sales")))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].price").value(32000.0))
			.andExpect(jsonPath("$[0].priceListId").doesNotExist());
	}

	private String html(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "api-test", 1).secret());
	}
}
