package org.hutong.approvals.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.hutong.TenantIsolationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A form of {@code demo} is invisible to {@code demo2}. Forms have no page or API of their own yet,
 * so isolation is checked where they are read: by id and by key.
 */
class FormsIsolationTests extends TenantIsolationTestBase {

	@Autowired
	FormManagement management;

	@Autowired
	FormCatalog catalog;

	@Autowired
	FormDefinitionRepository repository;

	@Override
	protected List<Isolated> entities() {
		return List.of(new Isolated("approval form", this::newForm, id -> repository.findById(id).isPresent(), null, null),
				new Isolated("approval form in the catalog", this::newForm, id -> catalog.byId(id).isPresent(), null,
						null));
	}

	private long newForm() {
		String key = "iso" + ThreadLocalRandom.current().nextInt(1_000_000);
		return management.create(FormManagementTests.carForm(key)).getId();
	}

	@Test
	void anotherEnterpriseFindsNeitherTheFormByKeyNorAmongItsForms() {
		long id = inTenant("demo", this::newForm);
		String key = inTenant("demo", () -> catalog.byId(id).orElseThrow().getKey());
		assertThat(inTenant("demo2", () -> catalog.byKey(key))).isEmpty();
		assertThat(inTenant("demo2", catalog::all)).extracting(FormDefinition::getId).doesNotContain(id);
		assertThat(inTenant("demo2", () -> catalog.byKey("leave").orElseThrow().getId()))
			.isNotEqualTo(inTenant("demo", () -> catalog.byKey("leave").orElseThrow().getId()));
	}
}
