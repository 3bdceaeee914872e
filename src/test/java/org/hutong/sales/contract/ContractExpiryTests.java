package org.hutong.sales.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * When a contract's page says its end is near: only in effect (已生效 · 执行中), from the enterprise's
 * days before its end date (30 days ahead: 30; 31: nothing), 0 on the day, negative once past.
 */
class ContractExpiryTests {

	private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

	@Test
	void aContractInEffectNearsItsEndWithinTheDays() {
		assertThat(ContractExpiry.daysLeft(ContractStatus.EFFECTIVE, DAY.plusDays(30), DAY, 30)).isEqualTo(30);
		assertThat(ContractExpiry.daysLeft(ContractStatus.EXECUTING, DAY.plusDays(31), DAY, 30)).isNull();
		assertThat(ContractExpiry.daysLeft(ContractStatus.EXECUTING, DAY, DAY, 30)).isZero();
		assertThat(ContractExpiry.daysLeft(ContractStatus.EXECUTING, DAY.minusDays(3), DAY, 30)).isEqualTo(-3);
		assertThat(ContractExpiry.daysLeft(ContractStatus.COMPLETED, DAY.plusDays(3), DAY, 30)).isNull();
		assertThat(ContractExpiry.daysLeft(ContractStatus.DRAFT, DAY.plusDays(3), DAY, 30)).isNull();
		assertThat(ContractExpiry.daysLeft(ContractStatus.EFFECTIVE, null, DAY, 30)).isNull();
	}
}
