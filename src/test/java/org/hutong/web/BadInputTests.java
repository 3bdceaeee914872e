package org.hutong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Input that used to overflow a column or a number and answer 500: each is now a clear 4xx with the
 * field named, and nothing is written (no row, no file).
 */
@HutongTest
class BadInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${hutong.customers.imports.dir}")
	Path transfers;

	@Test
	void aTooLongUsernameIsAFailedSignInAuditedCutToTheColumn() throws Exception {
		String username = "u" + UUID.randomUUID().toString().replace("-", "") + "x".repeat(40);
		mvc.perform(post("/login").param("tenant", "demo").param("username", username).param("password", "wrong")
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login?error=bad&tenant=demo"));
		Integer audited = jdbc.queryForObject(
				"SELECT COUNT(*) FROM identity_audit_entry WHERE action = 'SIGN_IN_FAILED' AND actor_name = ?",
				Integer.class, username.substring(0, 50));
		assertThat(audited).isEqualTo(1);
	}

	@Test
	void aTopicThatGrowsWhenLowerCasedIsAFieldMessage() throws Exception {
		mvc.perform(post("/feed/posts").param("body", "#" + "İ".repeat(30) + "# 开工").param("audience", "ENTERPRISE")
			.with(csrf()).with(as("admin")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("太长")));
	}

	@Test
	void aTopicOfFourByteCharactersIsAFieldMessageOnTheApi() throws Exception {
		mvc.perform(post("/api/v1/posts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\": \"#" + "🏭".repeat(30) + "# 开工\", \"audience\": \"ENTERPRISE\"}")
			.header("Accept-Language", "en")
			.header("Authorization", token()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.body").value(containsString("too long")));
	}

	@Test
	void aShortTopicOfFourByteCharactersIsKept() throws Exception {
		mvc.perform(post("/api/v1/posts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\": \"#" + "🏭".repeat(10) + "# 开工\", \"audience\": \"ENTERPRISE\"}")
			.header("Authorization", token()))
			.andExpect(status().isCreated());
	}

	@Test
	void exportFiltersLongerThanTheirColumnsAreRefused() throws Exception {
		String longText = "x".repeat(2500);
		for (String field : new String[] { "level", "industry", "province", "city", "after" }) {
			mvc.perform(post("/customers/exports").param(field, longText).with(csrf()).with(as("admin")))
				.andExpect(status().isBadRequest());
			mvc.perform(get("/customers/export.xlsx").param(field, longText).with(as("admin")))
				.andExpect(status().isBadRequest());
			mvc.perform(get("/api/v1/customers").param(field, longText).header("Authorization", token()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors." + field).exists());
		}
		mvc.perform(get("/customers").param("level", "A").param("industry", "制造业").with(as("admin")))
			.andExpect(status().isOk());
	}

	@Test
	void anImportWithAHeaderRowLongerThanItsColumnIsRefusedAndLeavesNoFile() throws Exception {
		String header = IntStream.rangeClosed(1, 500).mapToObj(i -> "第" + i + "列说明文字").collect(Collectors.joining(","));
		assertThat(header.length()).isGreaterThan(4000);
		MockMultipartFile file = new MockMultipartFile("file", "宽.csv", "text/csv",
				(header + "\n" + "宽表客户" + ",".repeat(499) + "\n").getBytes(StandardCharsets.UTF_8));
		long filesBefore = files();
		mvc.perform(multipart("/customers/imports").file(file).param("target", "OWNER").with(csrf()).with(as("admin")))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("列太多")));
		assertThat(files()).isEqualTo(filesBefore);
	}

	@Test
	void poolRuleNumbersThatAreNotWholeNumbersAreFieldMessages() throws Exception {
		for (String days : new String[] { "abc", "1e309", "99999999999999999999" }) {
			mvc.perform(post("/customers/pool-rules").param("reclaimAfterDays", days).with(csrf()).with(as("admin")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("请输入整数")));
		}
	}

	private long files() throws IOException {
		if (!Files.exists(transfers)) {
			return 0;
		}
		try (Stream<Path> all = Files.walk(transfers)) {
			return all.filter(Files::isRegularFile).count();
		}
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}

	private String token() {
		SignedInUser admin = new TestUsers(userDetails).load("demo", "admin");
		return "Bearer " + TenantContext.callAs(admin.tenantId(), () -> tokens.create(admin, "bad-input", 1).secret());
	}
}
