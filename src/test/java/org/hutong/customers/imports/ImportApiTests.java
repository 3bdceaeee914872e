package org.hutong.customers.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.hutong.transfer.TransferJob;
import org.hutong.transfer.TransferJobRepository;
import org.hutong.transfer.TransferStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code /api/v1/customers/imports}: start with a multipart upload, poll, list errors, run; bad input as problems. */
@HutongTest
class ImportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TransferJobRepository jobs;

	@Autowired
	org.hutong.tenancy.TenantJdbc jdbc;

	@LocalServerPort
	int port;

	ImportFixtures imports;

	DemoTenants demo;

	@BeforeEach
	void setUp() {
		demo = new DemoTenants(tenants, transactions);
		imports = new ImportFixtures(mvc, new TestUsers(userDetails), demo, jobs, jdbc);
	}

	@Test
	void aDryRunStartedThroughTheApiIsPolledThenRun() throws Exception {
		String bad = CustomerFixtures.uniqueName();
		String csv = ImportFixtures.csv(List.of(CustomerFixtures.uniqueName() + ",,,,,,", bad + ",123,,,,,"));
		String location = mvc.perform(multipart("/api/v1/customers/imports")
			.file(ImportFixtures.file("客户.csv", csv.getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", token("manager")))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.mapping").value("NAME,CREDIT_CODE,LEVEL,REGION,CONTACT_NAME,CONTACT_MOBILE,CONTACT_TITLE"))
			.andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		imports.await("demo", id);
		mvc.perform(get(location).header("Authorization", token("manager")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CHECKED"))
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.errorRows").value(1));
		mvc.perform(get(location + "/errors").header("Authorization", token("manager")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].row").value(3))
			.andExpect(jsonPath("$[0].field").value("CREDIT_CODE"));
		mvc.perform(post(location + "/run").header("Authorization", token("manager")))
			.andExpect(status().isAccepted());
		TransferJob done = imports.await("demo", id);
		assertThat(done.getStatus()).isEqualTo(TransferStatus.DONE);
		assertThat(done.getCreatedCount()).isEqualTo(1);
	}

	@Test
	void badInputAnswersProblemsNamingTheFieldAndKeepsNothing() throws Exception {
		long before = demo.call("demo", () -> jobs.count());
		mvc.perform(multipart("/api/v1/customers/imports").header("Authorization", token("manager")))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors.file").value("请选择要导入的文件"));
		mvc.perform(multipart("/api/v1/customers/imports")
			.file(ImportFixtures.file("客户.csv", "只有表头,列二\n甲,乙\n".getBytes(StandardCharsets.UTF_8)))
			.param("mapping", "", "PHONE")
			.header("Authorization", token("manager")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.mapping").value("请为“客户名称”选择一列"));
		mvc.perform(multipart("/api/v1/customers/imports")
			.file(ImportFixtures.file("客户.csv", "客户名称\n甲\n".getBytes(StandardCharsets.UTF_8)))
			.param("ownerId", String.valueOf(new TestUsers(userDetails).load("demo", "finance").userId()))
			.header("Authorization", token("manager")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.ownerId").exists());
		mvc.perform(multipart("/api/v1/customers/imports")
			.file(ImportFixtures.file("客户.csv", "客户名称\n甲\n".getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", token("sales")))
			.andExpect(status().isForbidden());
		assertThat(demo.call("demo", () -> jobs.count())).isEqualTo(before);
	}

	@Test
	void a50MegabyteUploadIsA413ProblemAndNothingIsKept() throws Exception {
		long before = demo.call("demo", () -> jobs.count());
		String boundary = "hutong-import";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n客户名称\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] body = new byte[head.length + 50 * 1024 * 1024 + tail.length];
		java.util.Arrays.fill(body, (byte) 'a');
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/customers/imports"))
			.header("Authorization", token("manager"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
		assertThat(response.body()).contains("20 MB");
		assertThat(demo.call("demo", () -> jobs.count())).isEqualTo(before);
	}

	@Test
	void aJobIsItsCreatorsAlone() throws Exception {
		long id = imports.upload("demo", "manager", ImportFixtures.csv(List.of(CustomerFixtures.uniqueName() + ",,,,,,")));
		mvc.perform(get("/api/v1/customers/imports/{id}", id).header("Authorization", token("manager")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UPLOADED"));
		mvc.perform(get("/api/v1/customers/imports/{id}", id).header("Authorization", token("admin")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/customers/imports/{id}/errors", id).header("Authorization", token("admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOpenApiSpecDocumentsTheImportEndpoints() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/customers/imports/{id}/errors")))
			.andExpect(content().string(containsString("/api/v1/customers/imports/{id}/run")));
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "import-test", 1).secret());
	}
}
