package org.hutong.identity.profile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

@HutongTest
class MeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void meTellsWhoTheCallerIsWithEnterpriseRolesAndPermissions() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token("demo", "manager")))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andExpect(jsonPath("$.username").value("manager"))
			.andExpect(jsonPath("$.displayName").value("李明"))
			.andExpect(jsonPath("$.enterprise.code").value("demo"))
			.andExpect(jsonPath("$.roles[0].name").value("销售总监"))
			.andExpect(jsonPath("$.permissions", hasItem("identity.users.read")))
			.andExpect(jsonPath("$.dataScope").value("DEPARTMENT_TREE"));
	}

	@Test
	void withoutAValidTokenTheApiAnswers401ProblemJson() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail", containsString("Bearer")));
		for (String bad : new String[] { "hut_1_forged", "hut_x_y", "garbage", "hut_999999_abc" }) {
			mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + bad)).andExpect(status().isUnauthorized());
		}
	}

	@Test
	void aRevokedTokenStopsWorking() throws Exception {
		SignedInUser owner = new TestUsers(userDetails).load("demo", "rd");
		ApiTokens.Issued issued = TenantContext.callAs(owner.tenantId(), () -> tokens.create(owner, "revoke-me", 7));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret())).andExpect(status().isOk());
		TenantContext.runAs(owner.tenantId(), () -> tokens.revoke(owner, issued.token().getId()));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenNamingAnotherEnterpriseDoesNotWork() throws Exception {
		String secret = token("demo", "admin");
		long demo2 = new TestUsers(userDetails).load("demo2", "admin").tenantId();
		String forged = secret.replaceFirst("^hut_\\d+_", "hut_" + demo2 + "_");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + forged)).andExpect(status().isUnauthorized());
	}

	@Test
	void invalidInputGetsLocalisedFieldErrors() throws Exception {
		mvc.perform(patch("/api/v1/me").header("Authorization", "Bearer " + token("demo", "finance"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"mobile\": \"12345\", \"email\": \"not-an-email\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.mobile").value("请输入 11 位中国大陆手机号"))
			.andExpect(jsonPath("$.errors.email").value("邮箱格式不正确"));
		mvc.perform(patch("/api/v1/me").header("Authorization", "Bearer " + token("demo", "finance"))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"mobile\": \"12345\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.mobile").value("Enter an 11-digit mainland China mobile number"));
	}

	@Test
	void malformedJsonIsA400ProblemNotA500() throws Exception {
		mvc.perform(patch("/api/v1/me").header("Authorization", "Bearer " + token("demo", "finance"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"mobile\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("JSON")));
	}

	@Test
	void aStaleIfMatchIsAConflictNotASilentOverwrite() throws Exception {
		String token = token("demo", "sales");
		String etag = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		mvc.perform(patch("/api/v1/me").header("Authorization", "Bearer " + token)
			.header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"mobile\": \"13903740003\", \"email\": \"sales@xuji-demo.cn\"}"))
			.andExpect(status().isOk());
		mvc.perform(patch("/api/v1/me").header("Authorization", "Bearer " + token)
			.header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"mobile\": \"13903740009\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void unknownApiPathIsA404Problem() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing").header("Authorization", "Bearer " + token("demo", "admin")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private String token(String tenant, String username) {
		SignedInUser owner = new TestUsers(userDetails).load(tenant, username);
		return TenantContext.callAs(owner.tenantId(), () -> tokens.create(owner, "test", 1).secret());
	}
}
