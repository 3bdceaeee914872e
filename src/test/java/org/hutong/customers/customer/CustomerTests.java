package org.hutong.customers.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The customer aggregate on its own: search keys, sharing, the pool and soft delete. */
class CustomerTests {

	static final Instant NOW = Instant.parse("2026-03-02T08:00:00.123456789Z");

	static final long OWNER = 7;

	@Test
	void keepsItsSearchKeysInStepWithTheName() {
		Customer customer = new Customer(CustomerForm.named("河南四达电力设备股份有限公司"), OWNER, OWNER, NOW);
		assertThat(customer.getKeys().getNameNormalised()).isEqualTo("四达电力设备");
		assertThat(customer.getKeys().getNamePinyin()).startsWith("henansidadianli");
		assertThat(customer.getKeys().getNameInitials()).startsWith("hnsddl");
		customer.describe(CustomerForm.named("重庆长安工业有限公司"), NOW);
		assertThat(customer.getKeys().getNamePinyin()).startsWith("chongqingchangan");
	}

	@Test
	void storesTimesToTheMicrosecondAsBothDatabasesDo() {
		Customer customer = new Customer(CustomerForm.named("四达电力"), OWNER, OWNER, NOW);
		assertThat(customer.getCreatedAt()).isEqualTo(Instant.parse("2026-03-02T08:00:00.123456Z"));
		assertThat(customer.getUpdatedAt()).isEqualTo(customer.getCreatedAt());
	}

	@Test
	void aTeamMemberSeesMobilesAndWritesOnlyWithWriteAccess() {
		Customer customer = new Customer(CustomerForm.named("四达电力"), OWNER, OWNER, NOW);
		customer.team().share(8, TeamAccess.READ, NOW);
		assertThat(customer.team().isOwnedOrSharedWith(8)).isTrue();
		assertThat(customer.team().isSharedForWriting(8)).isFalse();
		customer.team().share(8, TeamAccess.WRITE, NOW);
		assertThat(customer.team().isSharedForWriting(8)).isTrue();
		assertThat(customer.getTeam()).hasSize(1);
		customer.team().unshare(8, NOW);
		assertThat(customer.team().isOwnedOrSharedWith(8)).isFalse();
	}

	@Test
	void theOwnerCannotAlsoBeATeamMember() {
		Customer customer = new Customer(CustomerForm.named("四达电力"), OWNER, OWNER, NOW);
		assertThatThrownBy(() -> customer.team().share(OWNER, TeamAccess.READ, NOW)).isInstanceOf(OwnerIsNotATeamMember.class);
	}

	@Test
	void aCustomerWithoutOwnerIsInThePool() {
		Customer pooled = new Customer(CustomerForm.named("四达电力"), null, OWNER, NOW);
		assertThat(pooled.isInPool()).isTrue();
		assertThat(pooled.team().isOwnedOrSharedWith(OWNER)).isFalse();
	}

	@Test
	void aDeletedCustomerCanNeitherChangeNorBeShared() {
		Customer customer = new Customer(CustomerForm.named("四达电力"), OWNER, OWNER, NOW);
		customer.delete(NOW.plusSeconds(60));
		assertThat(customer.isDeleted()).isTrue();
		assertThatThrownBy(() -> customer.describe(CustomerForm.named("改名"), NOW)).isInstanceOf(CustomerDeleted.class);
		assertThatThrownBy(() -> customer.team().share(8, TeamAccess.READ, NOW)).isInstanceOf(CustomerDeleted.class);
		assertThatThrownBy(() -> customer.delete(NOW)).isInstanceOf(CustomerDeleted.class);
	}

	@Test
	void theFormCleansBlanksAndDefaultsTheStatus() {
		CustomerForm form = new CustomerForm("  四达电力 ", " ", null, null, null, null, null, "", null, null, null, null,
				null, null, null, null);
		assertThat(form.name()).isEqualTo("四达电力");
		assertThat(form.shortName()).isNull();
		assertThat(form.province()).isNull();
		assertThat(form.status()).isEqualTo(CustomerStatus.POTENTIAL);
		assertThat(form.confirmSimilar()).isFalse();
	}

	@Test
	void aMalformedCursorShowsTheFirstPage() {
		CustomerFilter filter = new CustomerFilter(null, null, null, null, null, null, null, "%%not-base64", null, null, null,
				null, null, null);
		assertThat(filter.first()).isTrue();
		CustomerFilter next = CustomerFilter.none().after("2026-03-02T08:00:00Z", 42);
		assertThat(next.cursor()).isEqualTo(new CustomerFilter.Cursor("2026-03-02T08:00:00Z", 42));
		assertThat(next.scope()).isEqualTo(CustomerScope.MINE);
	}
}
