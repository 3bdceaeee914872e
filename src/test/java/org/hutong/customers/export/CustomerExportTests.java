package org.hutong.customers.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.audit.AuditEntry;
import org.hutong.identity.audit.AuditEntryRepository;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** 导出: the list as .xlsx, read back cell by cell: scope, masking, Chinese text, permission, tenants. */
@HutongTest
class CustomerExportTests {

	static final int NAME = 0;

	static final int OWNER = 11;

	static final int CONTACT = 12;

	static final int MOBILE = 13;

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
	AuditEntryRepository audit;

	CustomerFixtures fixtures;

	TestUsers users;

	@BeforeEach
	void setUp() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		users = new TestUsers(userDetails);
	}

	@Test
	void salesExportsOnlyTheirOwnCustomersWithMobilesInFull() throws Exception {
		Customer mine = fixtures.customer("sales");
		String mobile = CustomerFixtures.uniqueMobile();
		fixtures.contact(mine, mobile);
		Customer theirs = fixtures.customer("sales2");
		Map<String, List<String>> rows = byName(export(exporter("sales"), "MINE"));
		assertThat(rows).containsKey(mine.getName()).doesNotContainKey(theirs.getName());
		assertThat(rows.get(mine.getName()).get(OWNER)).isEqualTo("王芳");
		assertThat(rows.get(mine.getName()).get(MOBILE)).isEqualTo(mobile);
		long foreign = rows.values().stream().filter(row -> !"王芳".equals(row.get(OWNER))).count();
		assertThat(foreign).as("rows owned by someone else").isZero();
	}

	@Test
	void poolAndTeamContactsAreMaskedAsOnTheirPages() throws Exception {
		Customer pooled = fixtures.customer(null);
		String poolMobile = CustomerFixtures.uniqueMobile();
		fixtures.contact(pooled, poolMobile);
		Customer salesOwn = fixtures.customer("sales");
		String teamMobile = CustomerFixtures.uniqueMobile();
		fixtures.contact(salesOwn, teamMobile);
		List<String> pool = byName(export(users.as("demo", "manager"), "POOL")).get(pooled.getName());
		assertThat(pool.get(OWNER)).isEqualTo("公海");
		assertThat(pool.get(CONTACT)).isEqualTo("联系人" + pooled.getId());
		assertThat(pool.get(MOBILE)).isEqualTo(poolMobile.substring(0, 3) + "****" + poolMobile.substring(7));
		List<String> team = byName(export(users.as("demo", "manager"), "TEAM")).get(salesOwn.getName());
		assertThat(team.get(MOBILE)).isEqualTo(teamMobile.substring(0, 3) + "****" + teamMobile.substring(7));
	}

	@Test
	void theSheetHasLocalisedHeadersAndAChineseFileName() throws Exception {
		fixtures.customer("manager");
		byte[] file = mvc.perform(get("/customers/export.xlsx").with(users.as("demo", "manager")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''%E5%AE%A2%E6%88%B7-")))
			.andExpect(content().contentType(CustomerExportController.XLSX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = read(file);
		assertThat(rows.get(0)).startsWith("客户名称", "简称", "统一社会信用代码");
		assertThat(rows.get(0)).contains("首要联系人", "联系人手机", "最近跟进");
		AuditEntry entry = new DemoTenants(tenants, transactions).call("demo",
				() -> audit.findAll(Sort.by(Sort.Direction.DESC, "id")).get(0));
		assertThat(entry.getAction()).isEqualTo("CUSTOMERS_EXPORTED");
		assertThat(entry.getActorName()).isEqualTo("manager");
		assertThat(entry.getDetail()).startsWith("rows=" + (rows.size() - 1) + " ").contains("scope=MINE");
	}

	@Test
	void usersWithoutTheExportPermissionAreRefused() throws Exception {
		mvc.perform(get("/customers/export.xlsx").with(users.as("demo", "sales"))).andExpect(status().isForbidden());
		mvc.perform(get("/customers/export.xlsx").with(users.as("demo", "finance"))).andExpect(status().isForbidden());
	}

	@Test
	void anotherEnterpriseNeverExportsDemoCustomers() throws Exception {
		Customer owned = fixtures.customer("manager");
		Customer pooled = fixtures.customer(null);
		for (String scope : List.of("MINE", "TEAM", "POOL")) {
			Map<String, List<String>> rows = byName(export(users.as("demo2", "admin"), scope));
			assertThat(rows).doesNotContainKeys(owned.getName(), pooled.getName());
		}
	}

	@Test
	void theListHeadOffersTheExportWithTheCurrentFilters() throws Exception {
		mvc.perform(get("/customers").param("scope", "POOL").with(users.as("demo", "manager")))
			.andExpect(content().string(containsString("/customers/exports?scope=POOL")));
		mvc.perform(get("/customers").param("scope", "TEAM").param("level", "KEY").param("q", "许继")
			.header("HX-Request", "true")
			.with(users.as("demo", "manager")))
			.andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
			.andExpect(content().string(containsString(
					"/customers/exports?scope=TEAM&amp;q=%E8%AE%B8%E7%BB%A7&amp;level=KEY&amp;sort=UPDATED")));
		mvc.perform(get("/customers").with(users.as("demo", "sales")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/customers/exports"))));
	}

	private byte[] export(RequestPostProcessor user, String scope) throws Exception {
		return mvc.perform(get("/customers/export.xlsx").param("scope", scope).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** A demo user who also holds {@code customers.export}, which the demo gives 销售总监 only. */
	private RequestPostProcessor exporter(String username) {
		SignedInUser user = users.load("demo", username);
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.add(new SimpleGrantedAuthority("customers.export"));
		return SecurityMockMvcRequestPostProcessors
			.authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
	}

	private static Map<String, List<String>> byName(byte[] file) throws IOException {
		return read(file).stream()
			.skip(1)
			.collect(Collectors.toMap(row -> row.get(NAME), Function.identity(), (a, b) -> a));
	}

	private static List<List<String>> read(byte[] file) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			List<List<String>> rows = new ArrayList<>();
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < 18; i++) {
					cells.add(i < row.getCellCount() ? row.getCellAsString(i).orElse(null) : null);
				}
				rows.add(cells);
			}
			return rows;
		}
	}
}
