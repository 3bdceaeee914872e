package org.hutong.customers.pool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cross-field rule of the 回收规则 form: a warning comes before a reclaim that exists. */
class PoolRuleFormTests {

	@Test
	void aWarningNeedsAReclaimAndComesBeforeIt() {
		assertThat(PoolRuleFixtures.rule(30, 5, null, null).warnsBeforeReclaim()).isTrue();
		assertThat(PoolRuleFixtures.rule(30, null, null, null).warnsBeforeReclaim()).isTrue();
		assertThat(PoolRuleFixtures.rule(null, null, 7, 50).warnsBeforeReclaim()).isTrue();
		assertThat(PoolRuleFixtures.rule(30, 30, null, null).warnsBeforeReclaim()).isFalse();
		assertThat(PoolRuleFixtures.rule(null, 3, null, null).warnsBeforeReclaim()).isFalse();
	}
}
