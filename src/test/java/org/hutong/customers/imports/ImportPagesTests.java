package org.hutong.customers.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.identity.DemoTenants;
import org.hutong.tenancy.Tenants;
import org.hutong.transfer.ImportSheets;
import org.hutong.transfer.ImportTable;
import org.hutong.transfer.TransferJob;
import org.hutong.transfer.TransferJobRepository;
import org.hutong.transfer.TransferStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The 导入 pages: upload → mapping → dry run → run → progress → done, the template, the history and entry points. */
@HutongTest
class ImportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TransferJobRepository jobs;

	@Autowired
	org.hutong.tenancy.TenantJdbc jdbc;

	ImportFixtures imports;

	TestUsers users;

	@BeforeEach
	void setUp() {
		users = new TestUsers(userDetails);
		imports = new ImportFixtures(mvc, users, new DemoTenants(tenants, transactions), jobs, jdbc);
	}

	@Test
	void uploadMapDryRunRunAndSeeItDone() throws Exception {
		RequestPostProcessor manager = users.as("demo", "manager");
		mvc.perform(get("/customers/imports/new").with(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("王芳")))
			.andExpect(content().string(not(containsString("刘洋"))));
		String name = CustomerFixtures.uniqueName();
		long id = imports.upload("demo", "manager", ImportFixtures.csv(List.of(name + ",,,,,,", "坏行,,不存在的级别,,,,")));
		mvc.perform(get("/customers/imports/{id}", id).with(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"CREDIT_CODE\" selected>统一社会信用代码</option>")))
			.andExpect(content().string(containsString("待核对列")));
		mvc.perform(post("/customers/imports/{id}/check", id).param("column", "", "", "", "", "", "", "").with(csrf()).with(manager))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请为“客户名称”选择一列")));
		imports.check("demo", "manager", id);
		mvc.perform(get("/customers/imports/{id}", id).with(manager))
			.andExpect(content().string(containsString("试导入结果")))
			.andExpect(content().string(containsString("“不存在的级别”不是可选的值")))
			.andExpect(content().string(containsString("/customers/imports/" + id + "/errors.xlsx")))
			.andExpect(content().string(containsString("开始导入")));
		imports.run("demo", "manager", id);
		mvc.perform(get("/customers/imports/{id}/progress", id).header("HX-Request", "true").with(manager))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Refresh", "true"));
		mvc.perform(get("/customers/imports/{id}", id).with(manager))
			.andExpect(content().string(containsString("导入结果")))
			.andExpect(content().string(containsString("已完成")));
		mvc.perform(get("/customers/imports").with(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/customers/imports/" + id)));
	}

	@Test
	void aRunningJobShowsAProgressBarThatPolls() throws Exception {
		long id = imports.upload("demo", "manager", ImportFixtures.csv(List.of(CustomerFixtures.uniqueName() + ",,,,,,")));
		TransferJob job = imports.job("demo", id);
		assertThat(job.getStatus()).isEqualTo(TransferStatus.UPLOADED);
		imports.runnerless(id);
		mvc.perform(get("/customers/imports/{id}", id).with(users.as("demo", "manager")))
			.andExpect(content().string(containsString("<progress max=\"100\" value=\"50\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
			.andExpect(content().string(containsString("已处理 1 / 2 行（50%）")));
		mvc.perform(get("/customers/imports/{id}/progress", id).header("HX-Request", "true").with(users.as("demo", "manager")))
			.andExpect(header().doesNotExist("HX-Refresh"))
			.andExpect(content().string(containsString("<progress")));
	}

	@Test
	void aFailedImportGoesOnFromItsLastCommittedRowWithContinue() throws Exception {
		List<String> names = List.of(CustomerFixtures.uniqueName(), CustomerFixtures.uniqueName(), CustomerFixtures.uniqueName());
		long id = imports.upload("demo", "manager",
				ImportFixtures.csv(names.stream().map(name -> name + ",,,,,,").toList()));
		new DemoTenants(tenants, transactions).call("demo", () -> jdbc.sql("""
				UPDATE customers_transfer_job SET status = 'FAILED', failure = 'import.failed', last_row = 2,
				processed_rows = 1, unchanged_count = 1 WHERE tenant_id = :tenantId AND id = :id""").param("id", id).update());
		mvc.perform(get("/customers/imports/{id}", id).with(users.as("demo", "manager")))
			.andExpect(content().string(containsString("导入意外中断")))
			.andExpect(content().string(containsString("/customers/imports/" + id + "/resume")));
		mvc.perform(post("/customers/imports/{id}/resume", id).with(csrf()).with(users.as("demo", "manager")))
			.andExpect(status().is3xxRedirection());
		TransferJob done = imports.await("demo", id);
		assertThat(done.getStatus()).isEqualTo(TransferStatus.DONE);
		assertThat(done.getProcessedRows()).isEqualTo(3);
		assertThat(done.getCreatedCount()).as("rows 3 and 4 only").isEqualTo(2);
		mvc.perform(post("/customers/imports/{id}/resume", id).with(csrf()).with(users.as("demo", "manager")))
			.andExpect(status().is3xxRedirection());
		assertThat(imports.job("demo", id).getStatus()).as("a finished import is not resumed").isEqualTo(TransferStatus.DONE);
	}

	@Test
	void theTemplateHasChineseHeadersAnExampleAndInstructions() throws Exception {
		byte[] file = mvc.perform(get("/customers/imports/template.xlsx").with(users.as("demo", "manager")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("客户名称");
			assertThat(rows.get(0).getCellText(2)).isEqualTo("统一社会信用代码");
			assertThat(rows.get(1).getCellText(0)).isEqualTo("许昌许继风电科技有限公司");
			assertThat(workbook.getSheets().count()).isEqualTo(2);
		}
		byte[] template = file;
		ImportTable table = ImportSheets.read(template, "模板.xlsx", 10);
		ImportMapping mapping = ImportMapping.suggest(table.header(), field -> java.util.Set.of());
		assertThat(mapping.columns()).doesNotContainNull();
	}

	@Test
	void theHistoryIsEmptyFirstAndTheListOffersImportToThoseWhoMay() throws Exception {
		new DemoTenants(tenants, transactions).call("demo2", () -> {
			jdbc.sql("DELETE FROM customers_import_error WHERE tenant_id = :tenantId").update();
			return jdbc.sql("DELETE FROM customers_transfer_job WHERE tenant_id = :tenantId").update();
		});
		mvc.perform(get("/customers/imports").with(users.as("demo2", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("还没有导入过客户")));
		mvc.perform(get("/customers").with(users.as("demo", "manager")))
			.andExpect(content().string(containsString("href=\"/customers/imports\"")));
		mvc.perform(get("/customers").with(users.as("demo", "sales")))
			.andExpect(content().string(not(containsString("href=\"/customers/imports\""))));
		mvc.perform(get("/customers/imports").with(users.as("demo", "sales"))).andExpect(status().isForbidden());
	}

	@Test
	void theHistoryLoadsMoreByKeyset() throws Exception {
		for (int i = 0; i < ImportManagement.PAGE_SIZE + 1; i++) {
			imports.upload("demo2", "admin", ImportFixtures.csv(List.of(CustomerFixtures.uniqueName() + ",,,,,,")));
		}
		String first = mvc.perform(get("/customers/imports").with(users.as("demo2", "admin")))
			.andExpect(content().string(containsString("加载更多")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String before = first.replaceAll("(?s).*customers/imports\\?before=(\\d+).*", "$1");
		mvc.perform(get("/customers/imports").param("before", before).header("HX-Request", "true").with(users.as("demo2", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("/customers/imports/")));
	}
}
