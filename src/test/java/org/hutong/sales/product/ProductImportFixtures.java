package org.hutong.sales.product;

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

/** Uploads, runs and waits for product imports the way a user does, through the pages. */
final class ProductImportFixtures {

	static final String HEADER = "编码,名称,型号规格,分类,单位,列表价,税率,状态,说明,技术参数\n";

	private final MockMvc mvc;

	private final TestUsers users;

	private final DemoTenants demo;

	private final TransferJobRepository jobs;

	ProductImportFixtures(MockMvc mvc, TestUsers users, DemoTenants demo, TransferJobRepository jobs) {
		this.mvc = mvc;
		this.users = users;
		this.demo = demo;
		this.jobs = jobs;
	}

	/** A product code nobody has used. */
	static String code() {
		return "IMP-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
	}

	static String csv(List<String> rows) {
		return HEADER + String.join("\n", rows) + "\n";
	}

	static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, "application/octet-stream", bytes);
	}

	long upload(String tenant, String user, String csv) throws Exception {
		return upload(tenant, user, file("产品.csv", csv.getBytes(StandardCharsets.UTF_8)));
	}

	/** Uploads the file as the user; answers the job's id. */
	long upload(String tenant, String user, MockMultipartFile file) throws Exception {
		String location = mvc.perform(multipart("/sales/products/imports").file(file).with(csrf())
			.with(users.as(tenant, user)))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** 试导入 with the suggested mapping, waited for. */
	TransferJob check(String tenant, String user, long id) throws Exception {
		return pass(tenant, user, id, "check");
	}

	/** 开始导入 with the job's mapping, waited for. */
	TransferJob run(String tenant, String user, long id) throws Exception {
		return pass(tenant, user, id, "run");
	}

	private TransferJob pass(String tenant, String user, long id, String verb) throws Exception {
		mvc.perform(post("/sales/products/imports/{id}/" + verb, id).with(csrf()).with(users.as(tenant, user)))
			.andExpect(status().is3xxRedirection());
		return await(tenant, id);
	}

	/** Polls the job row until its pass is over, for at most 30 seconds. */
	TransferJob await(String tenant, long id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			TransferJob job = demo.call(tenant, () -> jobs.findById(id).orElse(null));
			assertThat(job).as("job " + id).isNotNull();
			if (!job.isBusy()) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("import " + id + " still busy after 30 s");
	}
}
