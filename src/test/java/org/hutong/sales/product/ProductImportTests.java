package org.hutong.sales.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.hutong.transfer.TransferJob;
import org.hutong.transfer.TransferJobRepository;
import org.hutong.transfer.TransferStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** 产品导入 and 导出: upsert by code, row errors, GBK files, export and import again, rights, two enterprises. */
@HutongTest
class ProductImportTests {

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
	ProductRepository products;

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	ApiTokens tokens;

	DemoTenants demo;

	ProductImportFixtures imports;

	@BeforeEach
	void setUp() {
		demo = new DemoTenants(tenants, transactions);
		imports = new ProductImportFixtures(mvc, new TestUsers(userDetails), demo, jobs);
	}

	@Test
	void newCodesAreCreatedAndKnownCodesUpdatedWithTheirNonEmptyCells() throws Exception {
		String first = ProductImportFixtures.code();
		String second = ProductImportFixtures.code();
		String csv = ProductImportFixtures.csv(List.of(
				first + ",户外环网柜,HXGN17-12/630,开关柜/环网柜,面,\"48,000\",13%,在售,电缆进出线,额定电压=12 kV; 额定电流=630 A",
				second + ",真空断路器,,,台,26800.5,0.09,停售,,"));
		TransferJob created = imports.run("demo", "manager", imports.upload("demo", "manager", csv));
		assertThat(created.getStatus()).isEqualTo(TransferStatus.DONE);
		assertThat(created.getCreatedCount()).isEqualTo(2);
		assertThat(created.getErrorCount()).isZero();
		Product made = product("demo", first);
		assertThat(made.getListPrice()).isEqualByComparingTo("48000");
		assertThat(made.getTaxRate()).isEqualByComparingTo("13");
		assertThat(made.getParameters()).containsExactly(new Parameter("额定电压", "12 kV"), new Parameter("额定电流", "630 A"));
		assertThat(made.getCategoryId()).isNotNull();
		assertThat(product("demo", second).getStatus()).isEqualTo(ProductStatus.DISCONTINUED);
		assertThat(product("demo", second).getTaxRate()).as("a percent-formatted cell's fraction").isEqualByComparingTo("9");

		String again = ProductImportFixtures.csv(List.of(first + ",,,,,49000,,,,", second + ",真空断路器,,,台,26800.50,9,停售,,"));
		TransferJob updated = imports.run("demo", "manager", imports.upload("demo", "manager", again));
		assertThat(updated.getUpdatedCount()).isEqualTo(1);
		assertThat(updated.getUnchangedCount()).isEqualTo(1);
		Product changed = product("demo", first);
		assertThat(changed.getListPrice()).isEqualByComparingTo("49000");
		assertThat(changed.getName()).as("an empty cell keeps the value").isEqualTo("户外环网柜");
		assertThat(changed.getParameters()).hasSize(2);
	}

	@Test
	void aDryRunShowsEachBadRowBesideItsReasonAndWritesNothing() throws Exception {
		String good = ProductImportFixtures.code();
		String csv = ProductImportFixtures.csv(List.of(good + ",好产品,,,台,100,,,,",
				good + ",重复的编码,,,台,100,,,,",
				ProductImportFixtures.code() + ",单位不在列表,,,吨位,100,,,,",
				ProductImportFixtures.code() + ",价格不对,,,台,一百元,,,,",
				ProductImportFixtures.code() + ",税率太高,,,台,100,150,,,",
				ProductImportFixtures.code() + ",分类不存在,,没有/这个分类,台,100,,,,",
				ProductImportFixtures.code() + ",参数不对,,,台,100,,,,额定电压 12 kV"));
		long id = imports.upload("demo", "manager", csv);
		TransferJob job = imports.check("demo", "manager", id);
		assertThat(job.getStatus()).isEqualTo(TransferStatus.CHECKED);
		assertThat(job.getCreatedCount()).as("will create").isEqualTo(1);
		assertThat(job.getErrorCount()).isEqualTo(6);
		assertThat(errors(id)).containsExactly("3 CODE 与文件第 2 行重复",
				"4 UNIT “吨位”不在本企业的单位列表中，请先在产品设置中添加该单位", "5 LIST_PRICE “一百元”不是有效的数字",
				"6 TAX_RATE 税率须在 0 到 100 之间", "7 CATEGORY 找不到分类“没有/这个分类”，请填写已有分类的路径，如“开关设备/环网柜”",
				"8 PARAMETERS 技术参数请写成“名称=值”，多项用分号分隔，如“额定电压=12 kV; 额定电流=1250 A”");
		assertThat(demo.call("demo", () -> products.findByCodeAndDeletedAtIsNull(good))).as("a dry run writes nothing").isEmpty();
		String page = mvc.perform(get("/sales/products/imports/{id}", id).with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("已试导入").contains("单位").contains("“一百元”不是有效的数字").contains("开始导入");
		String english = mvc.perform(get("/sales/products/imports/{id}", id).header("Accept-Language", "en")
			.with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("List price").contains("Technical parameters");
	}

	@Test
	void aGbkFileFromExcelImportsItsChineseIntact() throws Exception {
		String code = ProductImportFixtures.code();
		byte[] gbk = ProductImportFixtures.csv(List.of(code + ",干式变压器,SCB13-630/10,变压器/干式变压器,台,98000,,在售,环氧树脂浇注,"))
			.getBytes(Charset.forName("GBK"));
		TransferJob job = imports.run("demo", "manager", imports.upload("demo", "manager",
				ProductImportFixtures.file("产品.csv", gbk)));
		assertThat(job.getCreatedCount()).isEqualTo(1);
		Product made = product("demo", code);
		assertThat(made.getName()).isEqualTo("干式变压器");
		assertThat(made.getDescription()).isEqualTo("环氧树脂浇注");
	}

	@Test
	void anExportOfTheFilteredListImportsAgainUnchanged() throws Exception {
		byte[] file = mvc.perform(get("/sales/products/export.xlsx").param("q", "KYN28A")
			.with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
			.andReturn().getResponse().getContentAsByteArray();
		int exported;
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("编码");
			assertThat(rows.subList(1, rows.size())).allMatch(row -> row.getCellText(0).startsWith("KYN28A"));
			exported = rows.size() - 1;
		}
		assertThat(exported).isGreaterThan(1);
		long id = imports.upload("demo", "manager", ProductImportFixtures.file("产品.xlsx", file));
		TransferJob again = imports.check("demo", "manager", id);
		assertThat(again.getErrorCount()).isZero();
		assertThat(again.getCreatedCount()).isZero();
		assertThat(again.getUnchangedCount()).as("every exported product reads back as it is").isEqualTo(exported);
	}

	@Test
	void whoMayNotChangeTheCatalogueCannotImport() throws Exception {
		TestUsers users = new TestUsers(userDetails);
		mvc.perform(get("/sales/products/imports").with(users.as("demo", "sales"))).andExpect(status().isForbidden());
		mvc.perform(multipart("/sales/products/imports").file(ProductImportFixtures.file("产品.csv",
				ProductImportFixtures.csv(List.of(ProductImportFixtures.code() + ",不该有,,,台,1,,,,")).getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(users.as("demo", "sales")))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/products/imports").header("Authorization", token("sales")))
			.andExpect(status().isForbidden());
	}

	@Test
	void badApiInputIsAProblemNamingTheField() throws Exception {
		mvc.perform(multipart("/api/v1/products/imports").header("Authorization", token("manager")))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(content("file"));
		mvc.perform(multipart("/api/v1/products/imports").file(ProductImportFixtures.file("产品.csv",
				"名称\n没有编码列\n".getBytes(StandardCharsets.UTF_8))).header("Authorization", token("manager")))
			.andExpect(status().isBadRequest())
			.andExpect(content("mapping"));
	}

	@Test
	void anImportInOneEnterpriseNeverTouchesAnothersProducts() throws Exception {
		String code = ProductImportFixtures.code();
		imports.run("demo", "manager", imports.upload("demo", "manager",
				ProductImportFixtures.csv(List.of(code + ",演示企业的产品,,,台,100,,,,"))));
		Product ours = product("demo", code);
		long theirs = imports.upload("demo2", "admin", ProductImportFixtures.csv(List.of(code + ",另一家的产品,,,台,200,,,,")));
		assertThat(imports.run("demo2", "admin", theirs).getCreatedCount()).isEqualTo(1);
		Product after = product("demo", code);
		assertThat(after.getName()).isEqualTo("演示企业的产品");
		assertThat(after.getVersion()).isEqualTo(ours.getVersion());
		assertThat(product("demo2", code).getListPrice()).isEqualByComparingTo(new BigDecimal("200"));
		mvc.perform(get("/sales/products/imports/{id}", theirs).with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(status().isNotFound());
	}

	private static org.springframework.test.web.servlet.ResultMatcher content(String field) {
		return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
			.string(containsString("\"" + field + "\""));
	}

	private Product product(String tenant, String code) {
		return demo.call(tenant, () -> products.findByCodeAndDeletedAtIsNull(code).orElseThrow());
	}

	private List<String> errors(long id) {
		return demo.call("demo", () -> jdbc.sql("""
				SELECT row_no, field, message FROM customers_import_error WHERE tenant_id = :tenantId AND job_id = :id
				ORDER BY row_no, id""").param("id", id)
			.query((rs, n) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3)).list());
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "product-import-test", 1).secret());
	}
}
