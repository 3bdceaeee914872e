package org.hutong.sales.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/products}: pages by cursor, create with its ETag, refusals as problem+json by field, If-Match, the recycle bin. */
@HutongTest
class ProductApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Test
	void theCataloguePagesByCursorInCodeOrderWithoutRepeats() throws Exception {
		String token = token("sales");
		List<String> codes = new ArrayList<>();
		String after = null;
		do {
			var request = get("/api/v1/products").param("limit", "5").header("Authorization", token);
			String body = mvc.perform(after == null ? request : request.param("after", after)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			codes.addAll(JsonPath.read(body, "$.items[*].code"));
			after = JsonPath.read(body, "$.next");
		}
		while (after != null && codes.size() < 1000);
		assertThat(codes).doesNotHaveDuplicates().isSorted().contains("KYN28A-12-1250", "SCB13-1000", "DJX-9");
		mvc.perform(get("/api/v1/products").param("q", "xgn15").header("Authorization", token))
			.andExpect(jsonPath("$.items[0].code").value("XGN15-12"))
			.andExpect(jsonPath("$.items[0].priceWithTax").value(36160.00))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void aCreateAnswers201WithItsVersionAndBadInputAnswers400NamingEachField() throws Exception {
		String token = token("manager");
		String code = "API-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
		String created = mvc.perform(post("/api/v1/products").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "%s", "name": "FZW28-24 分界负荷开关", "unit": "台", "listPrice": 23800.5,
					 "parameters": [{"name": "额定电压", "value": "24 kV"}, {"name": "", "value": ""}]}
					""".formatted(code)))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.taxRate").value(13.0))
			.andExpect(jsonPath("$.parameters.length()").value(1))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(post("/api/v1/products").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "%s", "name": "", "unit": "台", "listPrice": 1.005, "taxRate": 101}
					""".formatted(code)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")))
			.andExpect(jsonPath("$.errors.name").exists())
			.andExpect(jsonPath("$.errors.listPrice").exists())
			.andExpect(jsonPath("$.errors.taxRate").exists());

		String body = """
				{"code": "%s", "name": "FZW28-24 分界负荷开关", "unit": "台", "listPrice": 22800}
				""".formatted(code);
		mvc.perform(put(created).header("Authorization", token).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk())
			.andExpect(jsonPath("$.listPrice").value(22800.0)).andExpect(header().string("ETag", "\"1\""));
		mvc.perform(put(created).header("Authorization", token).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());
		mvc.perform(delete(created).header("Authorization", token)).andExpect(status().isNoContent());
		mvc.perform(get(created).header("Authorization", token)).andExpect(jsonPath("$.deleted").value(true));
		mvc.perform(post(created + "/restore").header("Authorization", token)).andExpect(status().isOk())
			.andExpect(jsonPath("$.deleted").value(false));
		mvc.perform(post("/api/v1/products").header("Authorization", token("sales")).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "api-test", 1).secret());
	}
}
