package org.hutong.customers.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;

import org.hutong.customers.customer.CustomerRepository;
import org.hutong.customers.naming.CompanyNames;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.audit.AuditEntryRepository;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.hutong.transfer.Tally;
import org.hutong.transfer.TransferJob;
import org.hutong.transfer.TransferJobRepository;
import org.hutong.transfer.TransferJobs;
import org.hutong.transfer.TransferRunner;
import org.hutong.transfer.TransferStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** 导入 end to end as a manager would run it: dry run, run, re-run, resume, error rows, bad files, two enterprises. */
@HutongTest
class ImportJobTests {

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
	TransferJobs transitions;

	@Autowired
	TransferRunner runner;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	AuditEntryRepository audit;

	DemoTenants demo;

	CustomerFixtures fixtures;

	ImportFixtures imports;

	@BeforeEach
	void setUp() {
		demo = new DemoTenants(tenants, transactions);
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		imports = new ImportFixtures(mvc, new TestUsers(userDetails), demo, jobs, jdbc);
	}

	@Test
	void dryRunReportsEachBadRowWithItsFieldAndWritesNothing() throws Exception {
		String fresh = CustomerFixtures.uniqueName();
		Customer financeOwns = fixtures.customer("finance");
		Customer salesOwns = fixtures.customer("sales");
		String csv = ImportFixtures.csv(List.of(
				fresh + "," + ImportFixtures.uniqueCode() + ",重点客户,河南省 许昌市 魏都区,张磊," + CustomerFixtures.uniqueMobile() + ",经理",
				CustomerFixtures.uniqueName() + ",91411000MA40XJ2K5A,,,,,",
				CustomerFixtures.uniqueName() + ",,,,李娜,12345,",
				fresh.replace("有限公司", "有限责任公司") + ",,,,,,",
				financeOwns.getName() + ",,,,,,",
				"甲".repeat(101) + ",,,,,,",
				CustomerFixtures.uniqueName() + ",,超级客户,,,,",
				salesOwns.getName() + ",,大客户,,,,",
				CustomerFixtures.uniqueName() + ",,,火星省,,,"));
		long id = imports.upload("demo", "manager", csv);
		TransferJob job = imports.check("demo", "manager", id);
		assertThat(job.getStatus()).isEqualTo(TransferStatus.CHECKED);
		assertThat(job.getCreatedCount()).as("will create").isEqualTo(1);
		assertThat(job.getUpdatedCount()).as("will update").isEqualTo(1);
		assertThat(job.getErrorCount()).isEqualTo(7);
		List<String> errors = errors(id);
		assertThat(errors).contains("3 CREDIT_CODE 统一社会信用代码不正确，请检查是否输错",
				"4 CONTACT_MOBILE 请输入 11 位中国大陆手机号", "5 NAME 与文件第 2 行重复",
				"6 NAME 已有此客户（负责人：刘洋），你无权修改它", "7 NAME 不能超过 100 个字符",
				"8 LEVEL “超级客户”不是可选的值");
		assertThat(errors).anyMatch(error -> error.startsWith("10 REGION 找不到该地区"));
		assertThat(named(fresh)).as("a dry run creates nothing").isEmpty();
		assertThat(demo.call("demo", () -> customers.findById(salesOwns.getId()).orElseThrow().getLevel())).isNull();
	}

	@Test
	void runningTheSameFileTwiceCreatesNoDuplicates() throws Exception {
		List<String> names = List.of(CustomerFixtures.uniqueName(), CustomerFixtures.uniqueName(), CustomerFixtures.uniqueName());
		String code = ImportFixtures.uniqueCode();
		String csv = ImportFixtures.csv(List.of(names.get(0) + "," + code + ",大客户,河南省郑州市金水区,张磊,"
				+ CustomerFixtures.uniqueMobile() + ",经理", names.get(1) + ",,,,,,", names.get(2) + ",,,,李娜,,"));
		TransferJob first = imports.run("demo", "manager", imports.upload("demo", "manager", csv));
		assertThat(first.getStatus()).isEqualTo(TransferStatus.DONE);
		assertThat(first.getCreatedCount()).isEqualTo(3);
		Customer created = named(names.get(0)).get(0);
		assertThat(created.getCreditCode()).isEqualTo(code);
		assertThat(created.getLevel()).isEqualTo("MAJOR");
		assertThat(created.getLocation().getCountyCode()).isEqualTo("410105");
		assertThat(created.getOwnerId()).isEqualTo(fixtures.userId("manager"));
		assertThat(demo.call("demo", () -> contacts.findByCustomerIdAndDeletedAtIsNullOrderByDecisionMakerDescIdAsc(
				created.getId()))).extracting("name").containsExactly("张磊");

		assertThat(demo.call("demo", () -> audit.findAll(Sort.by(Sort.Direction.DESC, "id")).get(0).getAction()))
			.as("the import is audited").isEqualTo("CUSTOMERS_IMPORTED");
		TransferJob again = imports.run("demo", "manager", imports.upload("demo", "manager", csv));
		assertThat(again.getCreatedCount()).isZero();
		assertThat(again.getUnchangedCount()).isEqualTo(3);
		String renamed = ImportFixtures.csv(List.of(names.get(0) + "（郑州）," + code + ",重点客户,,,,"));
		TransferJob byCode = imports.run("demo", "manager", imports.upload("demo", "manager", renamed));
		assertThat(byCode.getUpdatedCount()).isEqualTo(1);
		Customer updated = demo.call("demo", () -> customers.findById(created.getId()).orElseThrow());
		assertThat(updated.getLevel()).isEqualTo("KEY");
		assertThat(updated.getLocation().getCountyCode()).as("an empty cell keeps the value").isEqualTo("410105");
		for (String name : names) {
			assertThat(named(name)).as(name).hasSize(1);
		}
	}

	@Test
	void anInterruptedImportResumesAfterItsLastCommittedRowWithoutDuplicates() throws Exception {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			rows.add(CustomerFixtures.uniqueName() + ",,,,,,");
		}
		imports.run("demo", "manager", imports.upload("demo", "manager", ImportFixtures.csv(rows.subList(0, 5))));
		long id = imports.upload("demo", "manager", ImportFixtures.csv(rows));
		long tenantId = demo.id("demo");
		demo.call("demo", () -> jdbc.sql("""
				UPDATE customers_transfer_job SET status = 'RUNNING', claim = 'dead-node', last_row = 6,
				processed_rows = 5, created_count = 5, heartbeat_at = :old WHERE tenant_id = :tenantId AND id = :id""")
			.param("old", OffsetDateTime.ofInstant(Instant.now().minusSeconds(600), ZoneOffset.UTC)).param("id", id).update());

		runner.resumeOrphans();
		TransferJob resumed = imports.await("demo", id);
		assertThat(resumed.getStatus()).isEqualTo(TransferStatus.DONE);
		assertThat(resumed.getProcessedRows()).isEqualTo(10);
		assertThat(resumed.getCreatedCount()).isEqualTo(10);
		for (String row : rows) {
			assertThat(named(row.substring(0, row.indexOf(',')))).hasSize(1);
		}
		assertThat(demo.call("demo", () -> transitions.progress(tenantId, id, "dead-node", new Tally(), 10)))
			.as("the dead node's claim no longer counts").isFalse();
	}

	@Test
	void onlyOneNodeClaimsAJob() throws Exception {
		long id = imports.upload("demo", "manager", ImportFixtures.csv(List.of(CustomerFixtures.uniqueName() + ",,,,,,")));
		long tenantId = demo.id("demo");
		demo.call("demo", () -> jdbc.sql("UPDATE customers_transfer_job SET status = 'QUEUED' WHERE tenant_id = :tenantId AND id = :id")
			.param("id", id).update());
		assertThat(demo.call("demo", () -> transitions.claim(tenantId, id, "node-a"))).isTrue();
		assertThat(demo.call("demo", () -> transitions.claim(tenantId, id, "node-b"))).isFalse();
		assertThat(demo.call("demo", () -> transitions.fail(tenantId, id, "node-a", "import.failed"))).isTrue();
	}

	@Test
	void theErrorFileHoldsTheOriginalCellsAndTheReason() throws Exception {
		String good = CustomerFixtures.uniqueName();
		String bad = CustomerFixtures.uniqueName();
		long id = imports.upload("demo", "manager",
				ImportFixtures.csv(List.of(good + ",,,,,,", bad + ",,,,王五,138,采购")));
		imports.check("demo", "manager", id);
		byte[] file = mvc.perform(get("/customers/imports/{id}/errors.xlsx", id).with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(0).getCellText(0)).isEqualTo("客户名称");
			assertThat(rows.get(0).getCellText(7)).isEqualTo("错误原因");
			assertThat(rows.get(1).getCellText(0)).isEqualTo(bad);
			assertThat(rows.get(1).getCellText(4)).isEqualTo("王五");
			assertThat(rows.get(1).getCellText(5)).isEqualTo("138");
			assertThat(rows.get(1).getCellText(7)).isEqualTo("联系人手机: 请输入 11 位中国大陆手机号");
			assertThat(rows.get(1).getCellText(8)).isEqualTo("3");
		}
	}

	@Test
	void malformedOrWrongEncodingFilesAreFieldErrorsAndKeepNothing() throws Exception {
		long before = demo.call("demo", () -> jobs.count());
		byte[] utf16 = ImportFixtures.csv(List.of("某公司,,,,,,")).getBytes(StandardCharsets.UTF_16LE);
		upload422(ImportFixtures.file("客户.csv", utf16), "无法识别文件编码");
		upload422(ImportFixtures.file("客户.xlsx", "PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1)), "文件已损坏");
		upload422(ImportFixtures.file("客户.csv", "客户名称\n\"未闭合,1\n".getBytes(StandardCharsets.UTF_8)), "文件已损坏");
		upload422(ImportFixtures.file("客户.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)), "只支持 .xlsx 或 .csv");
		upload422(ImportFixtures.file("客户.csv", new byte[0]), "请选择要导入的文件");
		assertThat(demo.call("demo", () -> jobs.count())).isEqualTo(before);
	}

	@Test
	void gbkFilesFromExcelImportTheirChineseIntact() throws Exception {
		String name = CustomerFixtures.uniqueName();
		byte[] gbk = ImportFixtures.csv(List.of(name + ",,普通客户,河南 许昌 建安区,赵六,,厂长")).getBytes(Charset.forName("GBK"));
		long id = imports.upload("demo", "manager", ImportFixtures.file("客户.csv", gbk), "POOL");
		TransferJob job = imports.run("demo", "manager", id);
		assertThat(job.getCreatedCount()).isEqualTo(1);
		Customer created = named(name).get(0);
		assertThat(created.isInPool()).isTrue();
		assertThat(created.getLocation().getCountyCode()).isEqualTo("411003");
	}

	@Test
	void anotherEnterprisesImportOfTheSameNamesAndCodesMakesItsOwnCustomers() throws Exception {
		String code = ImportFixtures.uniqueCode();
		String name = CustomerFixtures.uniqueName();
		String csv = ImportFixtures.csv(List.of(name + "," + code + ",重点客户,,,,"));
		imports.run("demo", "manager", imports.upload("demo", "manager", csv));
		Customer demos = named(name).get(0);
		TransferJob theirs = imports.run("demo2", "admin",
				imports.upload("demo2", "admin", csv.replace("重点客户", "小客户")));
		assertThat(theirs.getCreatedCount()).isEqualTo(1);
		Customer after = demo.call("demo", () -> customers.findById(demos.getId()).orElseThrow());
		assertThat(after.getLevel()).isEqualTo("KEY");
		assertThat(after.getVersion()).isEqualTo(demos.getVersion());
		assertThat(demo.call("demo2", () -> customers.findByCreditCode(code))).extracting("level")
			.containsExactly("MINOR");
	}

	@Test
	void anOwnerThatIsNotAnIdIsABadRequestAndNothingIsKept() throws Exception {
		String count = "SELECT count(*) FROM customers_transfer_job WHERE tenant_id = :tenantId";
		long before = demo.call("demo", () -> jdbc.sql(count).query(Long.class).single());
		var file = new org.springframework.mock.web.MockMultipartFile("file", "客户.csv", "text/csv",
				ImportFixtures.csv(List.of(CustomerFixtures.uniqueName() + ",,,,,,")).getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/customers/imports").file(file).param("target", "OWNER").param("ownerId", "abc")
			.with(csrf()).with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(status().isBadRequest());
		assertThat(demo.call("demo", () -> jdbc.sql(count).query(Long.class).single())).isEqualTo(before);
	}

	private void upload422(org.springframework.mock.web.MockMultipartFile file, String message) throws Exception {
		String page = mvc.perform(multipart("/customers/imports").file(file).with(csrf())
			.with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(message);
	}

	private List<String> errors(long id) {
		return demo.call("demo", () -> jdbc.sql("""
				SELECT row_no, field, message FROM customers_import_error WHERE tenant_id = :tenantId AND job_id = :id
				ORDER BY row_no""").param("id", id)
			.query((rs, n) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3)).list());
	}

	private List<Customer> named(String name) {
		return demo.call("demo", () -> customers.findByKeysNameNormalisedAndDeletedAtIsNull(CompanyNames.normalise(name)));
	}
}
