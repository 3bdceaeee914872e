package org.hutong.customers.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** 领取 · 退回公海 · 转移 · 回收 on the aggregate alone: each guarded, each answering its history row. */
class OwnershipTests {

	static final Instant NOW = Instant.parse("2026-03-02T08:00:00.123456789Z");

	static final long OWNER = 7;

	static final long REP = 8;

	static final long MANAGER = 9;

	@Test
	void aRepClaimsAPoolCustomer() {
		Customer pooled = new Customer(CustomerForm.named("四达电力"), null, OWNER, NOW);
		OwnerChange change = pooled.ownership().claim(REP, NOW);
		assertThat(pooled.getOwnerId()).isEqualTo(REP);
		assertThat(change.getKind()).isEqualTo(OwnerChangeKind.CLAIMED);
		assertThat(change.getFromOwnerId()).isNull();
		assertThat(change.getToOwnerId()).isEqualTo(REP);
		assertThat(change.getActorId()).isEqualTo(REP);
		assertThat(change.getOccurredAt()).isEqualTo(Instant.parse("2026-03-02T08:00:00.123456Z"));
	}

	@Test
	void anOwnedCustomerCannotBeClaimed() {
		Customer owned = new Customer(CustomerForm.named("四达电力"), OWNER, OWNER, NOW);
		assertThatThrownBy(() -> owned.ownership().claim(REP, NOW)).isInstanceOf(CustomerNotInPool.class);
		assertThat(owned.getOwnerId()).isEqualTo(OWNER);
	}

	@Test
	void theOwnerReleasesToThePoolWithAReason() {
		Customer owned = new Customer(CustomerForm.named("四达电力"), OWNER, OWNER, NOW);
		OwnerChange change = owned.ownership().release(OWNER, " 项目取消 ", NOW.plusSeconds(60));
		assertThat(owned.isInPool()).isTrue();
		assertThat(owned.getUpdatedAt()).isEqualTo(Customer.micros(NOW.plusSeconds(60)));
		assertThat(change.getKind()).isEqualTo(OwnerChangeKind.RELEASED);
		assertThat(change.getFromOwnerId()).isEqualTo(OWNER);
		assertThat(change.getToOwnerId()).isNull();
		assertThat(change.getReason()).isEqualTo("项目取消");
	}

	@Test
	void onlyTheOwnerReleasesAndOnlyWithAReasonOfAtMost200Characters() {
		Customer owned = new Customer(CustomerForm.named("四达电力"), OWNER, OWNER, NOW);
		assertThatThrownBy(() -> owned.ownership().release(REP, "不是我的", NOW)).isInstanceOf(NotTheOwner.class);
		assertThatThrownBy(() -> owned.ownership().release(OWNER, " ", NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> owned.ownership().release(OWNER, "长".repeat(201), NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(owned.getOwnerId()).isEqualTo(OWNER);
	}

	@Test
	void aPoolCustomerCanBeNeitherReleasedNorTransferred() {
		Customer pooled = new Customer(CustomerForm.named("四达电力"), null, OWNER, NOW);
		assertThatThrownBy(() -> pooled.ownership().release(OWNER, "原因", NOW)).isInstanceOf(CustomerInPool.class);
		assertThatThrownBy(() -> pooled.ownership().transfer(REP, MANAGER, NOW)).isInstanceOf(CustomerInPool.class);
		assertThatThrownBy(() -> pooled.ownership().reclaim("30 天未跟进", NOW)).isInstanceOf(CustomerInPool.class);
	}

	@Test
	void aTransferNamesWhoDidItAndTheNewOwnerLeavesTheTeam() {
		Customer owned = new Customer(CustomerForm.named("四达电力"), OWNER, OWNER, NOW);
		owned.team().share(REP, TeamAccess.READ, NOW);
		OwnerChange change = owned.ownership().transfer(REP, MANAGER, NOW);
		assertThat(owned.getOwnerId()).isEqualTo(REP);
		assertThat(owned.getTeam()).isEmpty();
		assertThat(change.getKind()).isEqualTo(OwnerChangeKind.TRANSFERRED);
		assertThat(change.getFromOwnerId()).isEqualTo(OWNER);
		assertThat(change.getActorId()).isEqualTo(MANAGER);
		assertThatThrownBy(() -> owned.ownership().transfer(REP, MANAGER, NOW)).isInstanceOf(AlreadyTheOwner.class);
	}

	@Test
	void aReclaimIsTheSystemsDoing() {
		Customer owned = new Customer(CustomerForm.named("四达电力"), OWNER, OWNER, NOW);
		OwnerChange change = owned.ownership().reclaim("30 天未跟进", NOW);
		assertThat(owned.isInPool()).isTrue();
		assertThat(change.getKind()).isEqualTo(OwnerChangeKind.RECLAIMED);
		assertThat(change.getActorId()).isNull();
	}

	@Test
	void aDeletedCustomerChangesHandsNoMore() {
		Customer pooled = new Customer(CustomerForm.named("四达电力"), null, OWNER, NOW);
		pooled.delete(NOW);
		assertThatThrownBy(() -> pooled.ownership().claim(REP, NOW)).isInstanceOf(CustomerDeleted.class);
		assertThat(pooled.isInPool()).isTrue();
	}
}
