package org.hutong.projects.deliverable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * A deliverable is 已提交 once it has a version; its gate locks the current version (nothing to lock
 * without one, and a lock stays); after the lock each version is a 变更 that must carry its reason.
 */
class DeliverableTests {

	private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

	@Test
	void aVersionSubmitsItAndTheGateLocksTheCurrentOne() {
		Deliverable d = Deliverable.required(1, 2, 3, 1, "可行性研究报告", NOW);
		assertThat(d.required()).isTrue();
		assertThat(d.submitted()).isFalse();
		assertThat(d.lock(NOW)).as("nothing to lock without a version").isFalse();
		assertThat(d.locked()).isFalse();

		d.added(10, 1, null, 7, NOW);
		d.added(10, 2, null, 7, NOW);
		assertThat(d.submitted()).isTrue();
		assertThat(d.lock(NOW.plusSeconds(60))).isTrue();
		assertThat(d.getLockedVersion()).isEqualTo(2);
		assertThat(d.getLockedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(d.lock(NOW.plusSeconds(120))).as("a lock stays").isFalse();
		assertThat(d.getChanges()).isEmpty();
	}

	@Test
	void afterTheLockAVersionIsAChangeWithItsReason() {
		Deliverable d = Deliverable.free(1, 2, 4, "现场照片", "安装前后", 7, NOW);
		assertThat(d.required()).isFalse();
		d.added(10, 1, null, 7, NOW);
		d.lock(NOW);
		assertThatThrownBy(() -> d.added(10, 2, null, 7, NOW)).isInstanceOf(IllegalStateException.class);
		d.added(10, 2, "型式试验整改", 8, NOW);
		assertThat(d.getVersions()).isEqualTo(2);
		assertThat(d.getLockedVersion()).as("the accepted version stays").isEqualTo(1);
		assertThat(d.getChanges()).extracting(DeliverableChange::getVersionNumber, DeliverableChange::getReason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "型式试验整改"));
		assertThatThrownBy(() -> d.added(11, 3, "换一个文档", 8, NOW)).as("its files stay in one document")
			.isInstanceOf(IllegalStateException.class);
	}
}
