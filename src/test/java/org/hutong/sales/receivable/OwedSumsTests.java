package org.hutong.sales.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.Colleagues;
import org.hutong.identity.DataScopes;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleOwners;
import org.hutong.identity.token.ApiTokens;
import org.hutong.sales.contract.OwedSums;
import org.hutong.sales.contract.Quotes;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The receivable sums the ageing reads stay equal to the slow aggregate over the terms (the oracle:
 * every owed term summed per 负责人 and due day, and per customer and 负责人) after each kind of write
 * — terms saved and approved, a receipt confirmed and one rejected, an arrival recorded, an amendment
 * approved, a termination, the customer handed to another owner — and after two receipts confirmed at
 * the same moment onto the same rows. The ageing within each data scope equals the terms' buckets;
 * grouped by 负责人 or department it reads no term, by customer only the page's.
 */
@HutongTest
class OwedSumsTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final String BY_DAY_ORACLE = """
			SELECT owner_id AS o, owed_on AS d, SUM(owed_cny) AS a, COUNT(*) AS n FROM sales_contract_term
			WHERE tenant_id = :tenantId AND owed_on IS NOT NULL GROUP BY owner_id, owed_on""";

	private static final String BY_CUSTOMER_ORACLE = """
			SELECT customer_id AS o, owner_id AS d, SUM(owed_cny) AS a, COUNT(*) AS n FROM sales_contract_term
			WHERE tenant_id = :tenantId AND owed_on IS NOT NULL GROUP BY customer_id, owner_id""";

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
	CustomerRepository customerRows;

	@Autowired
	ContactRepository contacts;

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	OwedSums sums;

	@Autowired
	ReceivableScope scope;

	@Autowired
	CustomerDirectory customers;

	@Autowired
	Colleagues colleagues;

	@Autowired
	OrgChart org;

	@Autowired
	DataScopes scopes;

	@BeforeEach
	void sumsRebuiltFromTheTerms() {
		demo().call("demo", () -> {
			sums.rebuild();
			return null;
		});
	}

	@Test
	void aRebuildRepairsSumsThatDrifted() {
		demo().call("demo", () -> {
			jdbc.sql("DELETE FROM sales_receivable_day WHERE tenant_id = :tenantId").update();
			jdbc.sql("UPDATE sales_receivable_customer SET owed_cny = owed_cny + 1 WHERE tenant_id = :tenantId").update();
			return null;
		});
		assertThat(kept("sales_receivable_day", "owner_id", "owed_on")).isNotEqualTo(slow(BY_DAY_ORACLE));
		demo().call("demo", () -> {
			sums.rebuild();
			return null;
		});
		assertKept();
	}

	@Test
	void termsApprovedAReceiptConfirmedAndOneRejectedKeepTheSumsExact() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(40));
		assertKept();
		assertThat(kept("sales_receivable_day", "owner_id", "owed_on")).anyMatch(row -> row.contains(today.minusDays(33).toString()));
		long confirmed = record(contract, today, "1000.00");
		long rejected = record(contract, today, "500.00");
		decide(contract, confirmed, "confirm", "{\"version\": 0}");
		decide(contract, rejected, "reject", "{\"version\": 0, \"rejection\": \"金额不符\"}");
		assertKept();
	}

	@Test
	void anArrivalAnAmendmentAndATerminationKeepTheSumsExact() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(60));
		String fulfilment = quotes().body(get("/api/v1/contracts/" + contract + "/fulfilment"), "sales");
		long cabinets = ((Number) JsonPath.read(fulfilment, "$.lines[0].contractLineId")).longValue();
		long installation = ((Number) JsonPath.read(fulfilment, "$.lines[1].contractLineId")).longValue();
		String shipped = quotes().body(post("/api/v1/contracts/" + contract + "/deliveries").contentType(MediaType.APPLICATION_JSON)
			.content("{\"shippedOn\": \"%s\", \"lines\": [{\"contractLineId\": %d, \"quantity\": 3}, {\"contractLineId\": %d, \"quantity\": 1}]}"
				.formatted(today.minusDays(50), cabinets, installation)), "sales");
		long delivery = ((Number) JsonPath.<List<Number>>read(shipped, "$.deliveries[*].id").get(0)).longValue();
		quotes().body(post("/api/v1/contracts/" + contract + "/deliveries/" + delivery + "/arrival")
			.contentType(MediaType.APPLICATION_JSON).content("{\"arrivedOn\": \"%s\"}".formatted(today.minusDays(45))), "sales");
		assertKept();
		assertThat(kept("sales_receivable_day", "owner_id", "owed_on")).as("到货款 due 30 days after arrival")
			.anyMatch(row -> row.contains(today.minusDays(15).toString()));

		BigDecimal total = new BigDecimal(JsonPath.read(quotes().body(get("/api/v1/contracts/" + contract), "sales"), "$.row.total")
			.toString());
		String proposed = quotes().body(post("/api/v1/contracts/" + contract + "/amendments").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"reason": "增加一面开关柜", "signedOn": "%s", "total": %s, "taxRate": 13, "terms": [
					 {"name": "预付款", "kind": "PERCENT", "value": 40, "trigger": "SIGNING", "offset": 7},
					 {"name": "到货款", "kind": "PERCENT", "value": 50, "trigger": "ARRIVAL", "offset": 10},
					 {"name": "质保金", "kind": "PERCENT", "value": 10, "trigger": "WARRANTY_END", "warrantyMonths": 12}]}"""
				.formatted(today, total.add(new BigDecimal("11300.00")))), "sales");
		long request = ((Number) JsonPath.read(proposed, "$.amendments[0].approvalRequestId")).longValue();
		approve(request);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "APPROVED".equals(
				JsonPath.read(quotes().body(get("/api/v1/contracts/" + contract + "/amendments"), "sales"), "$.amendments[0].status")));
		assertKept();
		assertThat(kept("sales_receivable_day", "owner_id", "owed_on")).as("到货款 now due 10 days after arrival")
			.anyMatch(row -> row.contains(today.minusDays(35).toString()));

		quotes().body(post("/api/v1/contracts/" + contract + "/terminate").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"客户项目取消\"}"), "sales");
		assertKept();
	}

	@Test
	void aCustomerHandedToAnotherOwnerKeepsTheSumsExact() throws Exception {
		long contract = quotes().effectiveContract("sales", LocalDate.now(SHANGHAI).minusDays(30));
		long customer = demo().call("demo", () -> jdbc.sql("SELECT customer_id FROM sales_contract WHERE tenant_id = :tenantId AND id = :id")
			.param("id", contract).query(Long.class).single());
		quotes().body(post("/api/v1/customers/" + customer + "/transfer").contentType(MediaType.APPLICATION_JSON)
			.content("{\"toUserId\": %d}".formatted(fixtures().userId("sales2"))), "manager");
		assertKept();
	}

	@Test
	void twoReceiptsConfirmedAtOnceOntoTheSameRowsKeepTheSumsExact() throws Exception {
		LocalDate signed = LocalDate.now(SHANGHAI).minusDays(20);
		long first = quotes().effectiveContract("sales", signed);
		long second = quotes().effectiveContract("sales", signed);
		List<long[]> receipts = List.of(new long[] { first, record(first, signed.plusDays(10), "700.00") },
				new long[] { second, record(second, signed.plusDays(10), "900.00") });
		Set<String> before = kept("sales_receivable_day", "owner_id", "owed_on");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (long[] receipt : receipts) {
				String token = quotes().token("finance");
				Callable<Integer> confirm = () -> {
					start.await();
					return mvc.perform(post("/api/v1/contracts/" + receipt[0] + "/receipts/" + receipt[1] + "/confirm")
						.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
						.andReturn().getResponse().getStatus();
				};
				answers.add(pool.submit(confirm));
			}
			start.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(kept("sales_receivable_day", "owner_id", "owed_on")).isNotEqualTo(before);
		assertKept();
	}

	@Test
	void theAgeingWithinEachDataScopeEqualsTheTermsBuckets() throws Exception {
		quotes().effectiveContract("sales", LocalDate.now(SHANGHAI).minusDays(200));
		quotes().effectiveContract("sales2", LocalDate.now(SHANGHAI).minusDays(100));
		ReceivableAgeing ageing = new ReceivableAgeing(jdbc, scope, customers, colleagues, org);
		for (String user : List.of("admin", "manager", "sales", "sales2")) {
			SignedInUser reader = new TestUsers(userDetails).load("demo", user);
			for (AgeingFilter.GroupBy by : AgeingFilter.GroupBy.values()) {
				AgeingView view = inDemo(() -> ageing.of(reader, new AgeingFilter(by, null, null, null), 5000));
				assertThat(view.total().cells()).as(user + " by " + by).isEqualTo(slowTotal(reader, view.today()));
				AgeingView.Group shown = view.groups().stream().reduce(AgeingView.Group.empty(null, null), AgeingView.Group::plus);
				assertThat(view.others() == null ? shown : shown.plus(view.others())).as(user + " by " + by + ", groups")
					.extracting(AgeingView.Group::cells).isEqualTo(view.total().cells());
			}
		}
	}

	@Test
	void byOwnerOrDepartmentTheAgeingReadsNoTermAndByCustomerOnlyThePageShown() {
		TenantJdbc watched = Mockito.spy(jdbc);
		ReceivableAgeing read = new ReceivableAgeing(watched, scope, customers, colleagues, org);
		SignedInUser admin = new TestUsers(userDetails).load("demo", "admin");
		for (AgeingFilter.GroupBy by : List.of(AgeingFilter.GroupBy.OWNER, AgeingFilter.GroupBy.DEPARTMENT)) {
			inDemo(() -> read.of(admin, new AgeingFilter(by, null, null, null), 100));
		}
		ArgumentCaptor<String> statements = ArgumentCaptor.forClass(String.class);
		Mockito.verify(watched, Mockito.atLeastOnce()).sql(statements.capture());
		assertThat(statements.getAllValues()).noneMatch(sql -> sql.contains("sales_contract_term"))
			.allMatch(sql -> sql.contains("sales_receivable_day"));

		Mockito.clearInvocations(watched);
		inDemo(() -> read.of(admin, new AgeingFilter(AgeingFilter.GroupBy.CUSTOMER, null, null, null), 100));
		Mockito.verify(watched, Mockito.atLeastOnce()).sql(statements.capture());
		List<String> byCustomer = statements.getAllValues().subList(statements.getAllValues().size() - 2,
				statements.getAllValues().size());
		assertThat(byCustomer).filteredOn(sql -> sql.contains("sales_contract_term")).singleElement()
			.satisfies(sql -> assertThat(sql).contains("LIMIT :limit)").contains("LEFT JOIN sales_contract_term"));
	}

	/** The sums as kept must equal the terms' aggregate, per 负责人 and day and per customer and 负责人. */
	private void assertKept() {
		assertThat(kept("sales_receivable_day", "owner_id", "owed_on")).as("per owner and due day")
			.isEqualTo(slow(BY_DAY_ORACLE));
		assertThat(kept("sales_receivable_customer", "customer_id", "owner_id")).as("per customer and owner")
			.isEqualTo(slow(BY_CUSTOMER_ORACLE));
	}

	private Set<String> kept(String table, String first, String second) {
		return rows("SELECT %s AS o, %s AS d, owed_cny AS a, terms AS n FROM %s WHERE tenant_id = :tenantId"
			.formatted(first, second, table));
	}

	private Set<String> slow(String sql) {
		return rows(sql);
	}

	private Set<String> rows(String sql) {
		return new TreeSet<>(demo().call("demo", () -> jdbc.sql(sql).query((rs, n) -> rs.getString("o") + "|"
				+ rs.getString("d") + "|" + rs.getBigDecimal("a").setScale(2, RoundingMode.UNNECESSARY) + "|" + rs.getLong("n"))
			.list()));
	}

	/** The slow ageing: every owed term the reader's scope shows, put in its bucket in Java. */
	private List<AgeingView.Cell> slowTotal(SignedInUser reader, LocalDate today) {
		VisibleOwners visible = inDemo(() -> scopes.of(reader));
		List<AgeingView.Cell> cells = new ArrayList<>(AgeingView.Group.empty(null, null).cells());
		demo().call("demo", () -> jdbc.sql("SELECT owner_id, owed_on, owed_cny FROM sales_contract_term"
				+ " WHERE tenant_id = :tenantId AND owed_on IS NOT NULL").query((rs, n) -> {
					if (visible.all() || visible.ownerIds().contains(rs.getLong("owner_id"))) {
						AgeBucket bucket = AgeBucket.of(ChronoUnit.DAYS.between(rs.getDate("owed_on").toLocalDate(), today));
						cells.set(bucket.ordinal(), cells.get(bucket.ordinal())
							.plus(new AgeingView.Cell(rs.getBigDecimal("owed_cny"), 1)));
					}
					return null;
				}).list());
		return cells;
	}

	private long record(long contract, LocalDate day, String amount) throws Exception {
		String answer = quotes().body(post("/api/v1/contracts/" + contract + "/receipts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"receivedOn\": \"%s\", \"amount\": %s, \"method\": \"TRANSFER\"}".formatted(day, amount)), "sales");
		List<Number> ids = JsonPath.read(answer, "$.receipts[?(@.status == 'RECORDED')].id");
		return ids.stream().mapToLong(Number::longValue).max().orElseThrow();
	}

	private void decide(long contract, long receipt, String how, String json) throws Exception {
		quotes().body(post("/api/v1/contracts/" + contract + "/receipts/" + receipt + "/" + how)
			.contentType(MediaType.APPLICATION_JSON).content(json), "finance");
	}

	private void approve(long request) throws Exception {
		long version = ((Number) JsonPath.read(quotes().body(get("/api/v1/approval-requests/" + request), "manager"), "$.version"))
			.longValue();
		quotes().body(post("/api/v1/approval-requests/" + request + "/approve").contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}"), "manager");
	}

	private <T> T inDemo(java.util.function.Supplier<T> work) {
		return TenantContext.callAs(demo().id("demo"), work);
	}

	private DemoTenants demo() {
		return new DemoTenants(tenants, transactions);
	}

	private CustomerFixtures fixtures() {
		return new CustomerFixtures(tenants, transactions, userDetails, customerRows, contacts);
	}

	private Quotes quotes() {
		return new Quotes(mvc, fixtures(), userDetails, tokens);
	}
}
