package org.hutong.approvals.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.hutong.HutongTest;
import org.hutong.identity.Colleagues;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.OrgChart;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** People and departments in a form must be of the enterprise the request is made in. */
@HutongTest
class FormTenantValuesTests {

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FormValues values;

	@Autowired
	FormManagement management;

	@Autowired
	FormCatalog catalog;

	@Autowired
	Colleagues colleagues;

	@Autowired
	OrgChart orgChart;

	DemoTenants demo() {
		return new DemoTenants(tenants, transactions);
	}

	FormDefinition handover(String tenant) {
		return demo().call(tenant, () -> catalog.byKey("handover").orElseGet(() -> management.create(FormDesign.of(
				"handover", "工作交接", "Handover", null,
				java.util.List.of(FieldDefinition.of("to", FieldType.PERSON, "交接人", "To").mandatory(),
						FieldDefinition.of("unit", FieldType.DEPARTMENT, "部门", "Department"))))));
	}

	FormCheck check(String tenant, Object person, Object department) {
		FormDefinition form = handover(tenant);
		Map<String, Object> raw = new HashMap<>();
		raw.put("to", person);
		raw.put("unit", department);
		return demo().call(tenant, () -> values.check(form, raw));
	}

	@Test
	void aPersonAndADepartmentOfTheEnterpriseAreAccepted() {
		long manager = demo().call("demo", () -> colleagues.idOf("manager").orElseThrow());
		long sales = demo().call("demo", () -> orgChart.units().stream()
			.filter(unit -> unit.name().equals("销售部")).findFirst().orElseThrow().id());
		FormCheck check = check("demo", String.valueOf(manager), sales);
		assertThat(check.problems()).isEmpty();
		assertThat(check.values()).containsEntry("to", manager).containsEntry("unit", sales);
	}

	@Test
	void aPersonOrDepartmentOfAnotherEnterpriseIsUnknown() {
		long demo2Admin = demo().call("demo2", () -> colleagues.idOf("admin").orElseThrow());
		long demoAdmin = demo().call("demo", () -> colleagues.idOf("admin").orElseThrow());
		long demoSales = demo().call("demo", () -> orgChart.units().get(1).id());
		assertThat(check("demo", demo2Admin, null).problems()).containsOnlyKeys("to")
			.hasEntrySatisfying("to", problem -> assertThat(problem.code()).isEqualTo("unknownPerson"));
		assertThat(check("demo2", demoAdmin, demoSales).problems()).containsOnlyKeys("to", "unit")
			.hasEntrySatisfying("unit", problem -> assertThat(problem.code()).isEqualTo("unknownDepartment"));
		assertThat(check("demo", 999_999_999L, null).problems()).containsOnlyKeys("to");
	}
}
