package org.hutong.approvals.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.function.Supplier;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.approvals.form.FieldDefinition;
import org.hutong.approvals.form.FieldType;
import org.hutong.approvals.form.FormCatalog;
import org.hutong.approvals.form.FormDefinition;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code /admin/approvals/forms}: the form builder creates and edits forms by FormManagement's rules. */
@HutongTest
class FormBuilderPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FormCatalog catalog;

	TestUsers users;

	@BeforeEach
	void setUp() {
		users = new TestUsers(userDetails);
	}

	@Test
	void theListShowsStockFormsToTheAdministratorOnly() throws Exception {
		mvc.perform(get("/admin/approvals/forms").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("报销")))
			.andExpect(content().string(containsString("预置")));
		mvc.perform(get("/admin/approvals/forms").with(users.as("demo", "sales"))).andExpect(status().isForbidden());
	}

	@Test
	void aNewFormIsBuiltFieldByFieldAndSavedInItsOrder() throws Exception {
		String key = "f" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/approvals/forms/new").with(csrf()).with(admin()).param("key", key).param("name", "借用")
			.param("fields[0].label", "物品").param("fields[0].key", "item").param("fields[0].type", "TEXT").param("op", "add"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"fields[1].label\"")))
			.andExpect(content().string(containsString("value=\"物品\"")));
		mvc.perform(post("/admin/approvals/forms/new").with(csrf()).with(admin()).param("key", key).param("name", "借用")
			.param("enabled", "true")
			.param("fields[0].label", "物品").param("fields[0].key", "item").param("fields[0].type", "TEXT")
			.param("fields[1].label", "用途").param("fields[1].key", "use").param("fields[1].type", "SELECT")
			.param("fields[1].required", "true").param("fields[1].options", "WORK=工作\nOTHER=其他")
			.param("op", "up").param("index", "1"))
			.andExpect(status().isOk());
		mvc.perform(post("/admin/approvals/forms/new").with(csrf()).with(admin()).param("key", key).param("name", "借用")
			.param("enabled", "true")
			.param("fields[0].label", "用途").param("fields[0].key", "use").param("fields[0].type", "SELECT")
			.param("fields[0].required", "true").param("fields[0].options", "WORK=工作\nOTHER=其他")
			.param("fields[1].label", "物品").param("fields[1].key", "item").param("fields[1].type", "TEXT"))
			.andExpect(status().is3xxRedirection());
		FormDefinition saved = inDemo(() -> catalog.byKey(key).orElseThrow());
		assertThat(saved.getFields()).extracting(FieldDefinition::key).containsExactly("use", "item");
		assertThat(saved.getFields().get(0).type()).isEqualTo(FieldType.SELECT);
		assertThat(saved.getFields().get(0).required()).isTrue();
		assertThat(saved.getFields().get(0).options()).extracting(o -> o.code() + "=" + o.label().zh())
			.containsExactly("WORK=工作", "OTHER=其他");
	}

	@Test
	void problemsShowNextToTheFieldAndNothingIsSaved() throws Exception {
		String key = "f" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/approvals/forms/new").with(csrf()).with(admin()).param("key", key).param("name", "坏表单")
			.param("fields[0].key", "item").param("fields[0].type", "TEXT"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请填写名称")));
		assertThat(inDemo(() -> catalog.byKey(key))).isEmpty();
	}

	@Test
	void aStockFormKeepsItsStockFields() throws Exception {
		FormDefinition expense = inDemo(() -> catalog.byKey("expense").orElseThrow());
		String page = mvc.perform(get("/admin/approvals/forms/" + expense.getId()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"lines\"")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("name=\"fields[0].columns[0].key\"");
		mvc.perform(post("/admin/approvals/forms/" + expense.getId()).with(csrf()).with(admin()).param("key", "expense")
			.param("name", expense.getName()).param("version", String.valueOf(expense.getVersion()))
			.param("fields[0].label", "备注").param("fields[0].key", "note").param("fields[0].type", "TEXT"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("预置字段 lines 不能删除或改变类型")));
		assertThat(inDemo(() -> catalog.byKey("expense").orElseThrow().getVersion())).isEqualTo(expense.getVersion());
	}

	private RequestPostProcessor admin() {
		return users.as("demo", "admin");
	}

	private <T> T inDemo(Supplier<T> work) {
		long tenantId = users.load("demo", "admin").tenantId();
		return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
	}
}
