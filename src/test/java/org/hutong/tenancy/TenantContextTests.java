package org.hutong.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantContextTests {

	@Test
	void workRunsAsTheGivenTenantAndTheThreadIsCleanAfterwards() {
		assertThat(TenantContext.current()).isEmpty();
		long seen = TenantContext.callAs(7L, TenantContext::require);
		assertThat(seen).isEqualTo(7L);
		assertThat(TenantContext.current()).isEmpty();
	}

	@Test
	void nestedWorkRestoresTheOuterTenantEvenWhenItFails() {
		TenantContext.runAs(1L, () -> {
			assertThatThrownBy(() -> TenantContext.runAs(2L, () -> {
				throw new IllegalStateException("boom");
			})).hasMessage("boom");
			assertThat(TenantContext.require()).isEqualTo(1L);
		});
		assertThat(TenantContext.current()).isEmpty();
	}

	@Test
	void requireFailsLoudlyWithoutATenant() {
		assertThatThrownBy(TenantContext::require).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void hibernateSeesNoTenantAsAnIdNoEnterpriseHas() {
		assertThat(new TenantIdentifierResolver().resolveCurrentTenantIdentifier()).isZero();
		assertThat(TenantContext.callAs(5L, () -> new TenantIdentifierResolver().resolveCurrentTenantIdentifier()))
			.isEqualTo(5L);
	}

	@Test
	void tenantCodesAreShort_lowercase_andDashed() {
		assertThat(Tenant.CODE.matcher("demo-2").matches()).isTrue();
		assertThat(Tenant.CODE.matcher("d").matches()).isFalse();
		assertThat(Tenant.CODE.matcher("Demo").matches()).isFalse();
		assertThat(Tenant.CODE.matcher("demo_2").matches()).isFalse();
		assertThat(Tenant.CODE.matcher("a".repeat(33)).matches()).isFalse();
	}
}
