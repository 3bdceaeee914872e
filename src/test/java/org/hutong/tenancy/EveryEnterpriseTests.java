package org.hutong.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EveryEnterpriseTests {

	@Test
	void eachActiveEnterpriseRunsInItsOwnContextAndOneFailingDoesNotStopTheRest() {
		Tenant failing = enterprise(1L, "fails");
		Tenant suspended = enterprise(2L, "suspended");
		suspended.suspend();
		Tenant last = enterprise(3L, "last");
		List<String> ran = new ArrayList<>();

		new EveryEnterprise(listing(failing, suspended, last)).forEachActive("Test run", tenant -> {
			ran.add(tenant.getCode() + "@" + TenantContext.require());
			if (tenant == failing) {
				throw new IllegalStateException("this enterprise's work fails");
			}
		});

		assertThat(ran).containsExactly("fails@1", "last@3");
		assertThat(TenantContext.current()).isEmpty();
	}

	private static Tenant enterprise(long id, String code) {
		return new Tenant(code, code, Instant.EPOCH) {
			@Override
			public Long getId() {
				return id;
			}
		};
	}

	private static Tenants listing(Tenant... enterprises) {
		return new Tenants(null, null, null) {
			@Override
			public List<Tenant> all() {
				return List.of(enterprises);
			}
		};
	}
}
