package org.hutong.customers.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.hutong.TestUsers;
import org.hutong.identity.DemoTenants;
import org.hutong.transfer.TransferJob;
import org.hutong.transfer.TransferJobRepository;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Uploads, runs and waits for imports the way a user does, through the pages. */
final class ImportFixtures {

	static final String HEADER = "客户名称,统一社会信用代码,客户级别,地区,联系人,手机,职务\n";

	private final MockMvc mvc;

	private final TestUsers users;

	private final DemoTenants demo;

	private final TransferJobRepository jobs;

	private final org.hutong.tenancy.TenantJdbc jdbc;

	ImportFixtures(MockMvc mvc, TestUsers users, DemoTenants demo, TransferJobRepository jobs,
			org.hutong.tenancy.TenantJdbc jdbc) {
		this.mvc = mvc;
		this.users = users;
		this.demo = demo;
		this.jobs = jobs;
		this.jdbc = jdbc;
	}

	/** A valid credit code nobody else uses. */
	static String uniqueCode() {
		StringBuilder code = new StringBuilder("91410100MA");
		for (int i = 0; i < 7; i++) {
			code.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(ThreadLocalRandom.current().nextInt(31)));
		}
		return code.toString() + CreditCodes.check(code.toString());
	}

	static String csv(List<String> rows) {
		return HEADER + String.join("\n", rows) + "\n";
	}

	static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, "application/octet-stream", bytes);
	}

	/** Uploads the CSV as the user, new customers to them; answers the job's id. */
	long upload(String tenant, String user, String csv) throws Exception {
		return upload(tenant, user, file("客户.csv", csv.getBytes(StandardCharsets.UTF_8)), "OWNER");
	}

	long upload(String tenant, String user, MockMultipartFile file, String target) throws Exception {
		String location = mvc.perform(multipart("/customers/imports").file(file).param("target", target)
			.with(csrf()).with(users.as(tenant, user)))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** 试导入 with the suggested mapping, waited for. */
	TransferJob check(String tenant, String user, long id) throws Exception {
		mvc.perform(post("/customers/imports/{id}/check", id).with(csrf()).with(users.as(tenant, user)))
			.andExpect(status().is3xxRedirection());
		return await(tenant, id);
	}

	/** 开始导入 with the job's mapping, waited for. */
	TransferJob run(String tenant, String user, long id) throws Exception {
		mvc.perform(post("/customers/imports/{id}/run", id).with(csrf()).with(users.as(tenant, user)))
			.andExpect(status().is3xxRedirection());
		return await(tenant, id);
	}

	/** Polls the job row until its pass is over, for at most 30 seconds. */
	TransferJob await(String tenant, long id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			TransferJob job = job(tenant, id);
			if (!job.isBusy()) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("import " + id + " still busy after 30 s");
	}

	/** Makes the job look half-way through a two-row run on a node that is alive, so no runner touches it. */
	void runnerless(long id) {
		demo.call("demo", () -> jdbc.sql("""
				UPDATE customers_transfer_job SET status = 'RUNNING', claim = 'busy-node', total_rows = 2,
				processed_rows = 1, heartbeat_at = :now WHERE tenant_id = :tenantId AND id = :id""")
			.param("now", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusHours(1)).param("id", id).update());
	}

	TransferJob job(String tenant, long id) {
		TransferJob job = demo.call(tenant, () -> jobs.findById(id).orElse(null));
		assertThat(job).as("job " + id).isNotNull();
		return job;
	}
}
