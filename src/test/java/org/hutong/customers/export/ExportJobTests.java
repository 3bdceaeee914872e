package org.hutong.customers.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.transfer.TransferJob;
import org.hutong.transfer.TransferJobRepository;
import org.hutong.transfer.TransferStatus;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.audit.AuditEntryRepository;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** 导出 as a background job: progress, then the file, masked and scoped as the list; its creator's alone; audited. */
@HutongTest
class ExportJobTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	@Autowired
	TransferJobRepository jobs;

	@Autowired
	AuditEntryRepository audit;

	CustomerFixtures fixtures;

	TestUsers users;

	@BeforeEach
	void setUp() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		users = new TestUsers(userDetails);
	}

	@Test
	void theListIsExportedInTheBackgroundThenOfferedToItsCreatorOnly() throws Exception {
		Customer team = fixtures.customer("sales");
		String mobile = CustomerFixtures.uniqueMobile();
		fixtures.contact(team, mobile);
		DemoTenants demo = new DemoTenants(tenants, transactions);
		long audits = demo.call("demo", () -> audit.count());
		String location = mvc.perform(post("/customers/exports").param("scope", "TEAM").param("q", team.getName())
			.with(csrf()).with(users.as("demo", "manager")))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		TransferJob job = await(id);
		assertThat(job.getStatus()).isEqualTo(TransferStatus.DONE);
		assertThat(job.getProcessedRows()).isEqualTo(1);
		mvc.perform(get("/customers/exports/{id}", id).with(users.as("demo", "manager")))
			.andExpect(content().string(containsString("/customers/exports/" + id + "/file")));
		mvc.perform(get("/customers/exports/{id}/progress", id).header("HX-Request", "true").with(users.as("demo", "manager")))
			.andExpect(header().string("HX-Refresh", "true"));
		byte[] file = mvc.perform(get("/customers/exports/{id}/file", id).with(users.as("demo", "manager")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(1).getCellText(0)).isEqualTo(team.getName());
			assertThat(rows.get(1).getCellText(13)).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
		}
		assertThat(demo.call("demo", () -> audit.findAll(org.springframework.data.domain.Sort.by(
				org.springframework.data.domain.Sort.Direction.DESC, "id")).get(0).getAction()))
			.as("the export is audited").isEqualTo("CUSTOMERS_EXPORTED");
		assertThat(demo.call("demo", () -> audit.count())).isGreaterThan(audits);
		mvc.perform(get("/customers/exports/{id}/file", id).with(users.as("demo", "admin"))).andExpect(status().isNotFound());
		mvc.perform(get("/customers/exports/{id}", id).with(users.as("demo", "admin"))).andExpect(status().isNotFound());
	}

	@Test
	void theListHeadStartsAnExportJob() throws Exception {
		mvc.perform(get("/customers").with(users.as("demo", "manager")))
			.andExpect(content().string(containsString("action=\"/customers/exports?scope=MINE")));
		mvc.perform(post("/customers/exports").with(csrf()).with(users.as("demo", "sales"))).andExpect(status().isForbidden());
	}

	private TransferJob await(long id) throws InterruptedException {
		DemoTenants demo = new DemoTenants(tenants, transactions);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			TransferJob job = demo.call("demo", () -> jobs.findById(id).orElseThrow());
			if (!job.isBusy()) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("export still busy");
	}
}
