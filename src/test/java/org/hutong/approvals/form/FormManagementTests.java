package org.hutong.approvals.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hutong.approvals.form.FieldDefinition.of;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.hutong.HutongTest;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.Onboarding;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

@HutongTest
class FormManagementTests {

	static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

	@Autowired
	Tenants tenants;

	@Autowired
	Onboarding onboarding;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FormDefinitionRepository repository;

	@Autowired
	FormCatalog catalog;

	@Autowired
	StockFormBackfill backfill;

	@Autowired
	RecordKinds records;

	DemoTenants demo() {
		return new DemoTenants(tenants, transactions);
	}

	FormManagement management() {
		return new FormManagement(repository, Clock.fixed(NOW, ZoneOffset.UTC), records);
	}

	static String key(String stem) {
		return stem + ThreadLocalRandom.current().nextInt(1_000_000);
	}

	static FormDesign carForm(String key) {
		return FormDesign.of(key, "用车", "Car", "car",
				List.of(of("plate", FieldType.TEXT, "车牌", "Plate").mandatory().maxLength(10),
						of("legs", FieldType.TABLE, "行程", "Legs").columns(of("city", FieldType.TEXT, "城市", "City"),
								of("cost", FieldType.MONEY, "费用", "Cost")),
						of("cost", FieldType.MONEY, "合计", "Total").derivedFrom("legs.cost")));
	}

	@Test
	void bothDemoEnterprisesHaveTheStockFormsInBothLanguages() {
		for (String code : List.of("demo", "demo2")) {
			List<FormDefinition> forms = demo().call(code, catalog::all);
			assertThat(forms).filteredOn(FormDefinition::isStock)
				.extracting(FormDefinition::getKey)
				.containsExactly("leave", "expense", "purchase", "travel", "seal");
		}
		FormDefinition leave = demo().call("demo", () -> catalog.byKey("leave").orElseThrow());
		assertThat(leave.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("请假");
		assertThat(leave.name(Locale.ENGLISH)).isEqualTo("Leave");
		FieldDefinition type = leave.field("type").orElseThrow();
		assertThat(type.label().in(Locale.ENGLISH)).isEqualTo("Leave type");
		assertThat(type.options()).extracting(option -> option.label().zh())
			.containsExactly("年假", "事假", "病假", "调休", "婚假", "产假", "丧假");
	}

	@Test
	void aNewEnterpriseStartsWithTheStockForms() {
		Tenant tenant = tenants.create(key("forms"), "表单测试有限公司");
		TenantContext.runAs(tenant.getId(),
				() -> transactions.executeWithoutResult(status -> onboarding.setUp("admin", "管理员", "demo1234x!A")));
		List<FormDefinition> forms = TenantContext.callAs(tenant.getId(), () -> transactions.execute(s -> catalog.enabled()));
		// other modules add their own forms (a quote's discount); the stock ones come first
		assertThat(forms).filteredOn(FormDefinition::isStock).extracting(FormDefinition::getKey)
			.containsExactly("leave", "expense", "purchase", "travel", "seal");
		assertThat(forms.get(1).field("lines").orElseThrow().columns()).extracting(FieldDefinition::key)
			.containsExactly("category", "date", "amount", "receipts", "note");
	}

	@Test
	void anEnterpriseFromBeforeFormsGetsTheStockFormsOnceAtStartUp() {
		Tenant tenant = tenants.create(key("older"), "老企业有限公司");
		backfill.seed();
		backfill.seed();
		List<FormDefinition> forms = TenantContext.callAs(tenant.getId(), () -> transactions.execute(s -> catalog.all()));
		assertThat(forms).extracting(FormDefinition::getKey)
			.containsExactly("leave", "expense", "purchase", "travel", "seal");
	}

	@Test
	void aStockExpenseWhoseCustomerWasStillANumberLinksACustomerAndGainsTheProjectLinkAfterTheNextStart() {
		Tenant tenant = tenants.create(key("linked"), "关联客户测试有限公司");
		backfill.seed();
		FieldDefinition before = FieldDefinition.of("customer", FieldType.NUMBER, "关联客户", "Customer")
			.range(0, BigDecimal.ONE, null);
		TenantContext.runAs(tenant.getId(), () -> transactions.executeWithoutResult(s -> {
			FormDefinition expense = repository.findAllByOrderByStockDescIdAsc().stream()
				.filter(form -> form.getKey().equals("expense")).findFirst().orElseThrow();
			// as an enterprise set up before the 关联项目 link existed kept it
			List<FieldDefinition> older = expense.getFields().stream()
				.filter(field -> !field.key().equals("rdProject"))
				.map(field -> field.key().equals("customer") ? before : field).toList();
			expense.change(new FormDesign("expense", expense.getName(), expense.getNameEn(), expense.getIcon(), null,
					null, true, older, null), NOW);
		}));
		backfill.seed();
		FormDefinition expense = TenantContext.callAs(tenant.getId(),
				() -> transactions.execute(s -> catalog.byKey("expense").orElseThrow()));
		FieldDefinition customer = expense.field("customer").orElseThrow();
		assertThat(customer.type()).isEqualTo(FieldType.RECORD);
		assertThat(customer.record()).isEqualTo("customer");
		assertThat(expense.getFields()).extracting(FieldDefinition::key)
			.containsExactly("lines", "total", "customer", "rdProject", "reason");
		// the other enterprises' stock forms were already current: nothing changes there
		assertThat(demo().call("demo", () -> catalog.byKey("expense").orElseThrow().field("customer").orElseThrow().type()))
			.isEqualTo(FieldType.RECORD);
	}

	@Test
	void aCreatedFormKeepsItsFieldsInOrderAndItsTime() {
		String key = key("car");
		long id = demo().call("demo", () -> management().create(carForm(key)).getId());
		FormDefinition form = demo().call("demo", () -> catalog.byId(id).orElseThrow());
		assertThat(form.getFields()).isEqualTo(carForm(key).fields());
		assertThat(form.getCreatedAt()).isEqualTo(NOW);
		assertThat(form.isStock()).isFalse();
		assertThat(form.getName()).isEqualTo("用车");
	}

	@Test
	void anInvalidDesignOrATakenKeyIsRefusedWithEveryProblem() {
		assertThatThrownBy(() -> demo().call("demo", () -> management().create(carForm("leave"))))
			.isInstanceOfSatisfying(FormDesignInvalid.class, invalid -> assertThat(invalid.problems())
				.extracting(FormProblem::path, FormProblem::code)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("key", "key.taken")));
		FormDesign broken = FormDesign.of(key("bad"), "坏表单", null, null,
				List.of(of("kind", FieldType.SELECT, "类型", null), of("rows", FieldType.TABLE, "", null)));
		assertThatThrownBy(() -> demo().call("demo", () -> management().create(broken)))
			.isInstanceOfSatisfying(FormDesignInvalid.class, invalid -> assertThat(invalid.problems())
				.extracting(FormProblem::path)
				.containsExactly("fields[0].options", "fields[1].label", "fields[1].columns"));
	}

	@Test
	void anEditFromAStaleVersionIsAConflictAndTheKeyNeverChanges() {
		String key = key("car");
		long id = demo().call("demo", () -> management().create(carForm(key)).getId());
		FormDesign renamed = new FormDesign(key, "公务用车", "Company car", "car", null, null, true, carForm(key).fields(),
				0L);
		long version = demo().call("demo", () -> management().edit(id, renamed).getVersion());
		assertThat(version).isEqualTo(1);
		assertThat(demo().call("demo", () -> catalog.byId(id).orElseThrow().getName())).isEqualTo("公务用车");
		assertThatThrownBy(() -> demo().call("demo", () -> management().edit(id, renamed)))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		FormDesign rekeyed = new FormDesign(key("other"), "公务用车", null, null, null, null, true, carForm(key).fields(),
				1L);
		assertThatThrownBy(() -> demo().call("demo", () -> management().edit(id, rekeyed)))
			.isInstanceOfSatisfying(FormDesignInvalid.class,
					invalid -> assertThat(invalid.problems()).extracting(FormProblem::code).containsExactly("key.fixed"));
	}

	@Test
	void aStockFormMayGainFieldsButKeepsItsOwn() {
		Tenant tenant = tenants.create(key("stock"), "预置表单测试有限公司");
		TenantContext.runAs(tenant.getId(),
				() -> transactions.executeWithoutResult(status -> onboarding.setUp("admin", "管理员", "demo1234x!A")));
		FormDefinition expense = TenantContext.callAs(tenant.getId(),
				() -> transactions.execute(s -> catalog.byKey("expense").orElseThrow()));
		List<FieldDefinition> fewer = new ArrayList<>(expense.getFields());
		fewer.removeIf(field -> field.key().equals("total"));
		fewer.add(of("project", FieldType.TEXT, "项目", "Project"));
		FormDesign design = new FormDesign("expense", "费用报销", "Expenses", "receipt", null, null, true, fewer,
				expense.getVersion());
		assertThatThrownBy(() -> TenantContext.callAs(tenant.getId(),
				() -> transactions.execute(s -> management().edit(expense.getId(), design))))
			.isInstanceOfSatisfying(FormDesignInvalid.class, invalid -> assertThat(invalid.problems())
				.extracting(FormProblem::code, problem -> problem.args().get(0))
				.containsExactly(org.assertj.core.groups.Tuple.tuple("stockField.kept", "total")));
		List<FieldDefinition> more = new ArrayList<>(expense.getFields());
		more.add(of("project", FieldType.TEXT, "项目", "Project"));
		FormDesign kept = new FormDesign("expense", "费用报销", "Expenses", "receipt", null, null, true, more,
				expense.getVersion());
		FormDefinition saved = TenantContext.callAs(tenant.getId(),
				() -> transactions.execute(s -> management().edit(expense.getId(), kept)));
		assertThat(saved.getFields()).extracting(FieldDefinition::key).endsWith("total", "customer", "rdProject", "reason", "project");
		assertThat(saved.isStock()).isTrue();
	}
}
