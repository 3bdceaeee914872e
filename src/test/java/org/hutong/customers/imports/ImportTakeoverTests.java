package org.hutong.customers.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.identity.DemoTenants;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.hutong.transfer.Heartbeats;
import org.hutong.transfer.TransferJobRepository;
import org.hutong.transfer.TransferJobs;
import org.hutong.transfer.TransferSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A stalled import is taken over within 30 s, and a live one never: the node working on a job beats
 * for it every few seconds, another node takes a job over only once its heartbeat is older than
 * {@code stale-after}, and it looks for such jobs every {@code resume-every}.
 */
@HutongTest
class ImportTakeoverTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TransferJobRepository jobs;

	@Autowired
	TransferJobs transitions;

	@Autowired
	Heartbeats heartbeats;

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	TransferSettings settings;

	@Autowired
	Environment environment;

	DemoTenants demo;

	ImportFixtures imports;

	long tenantId;

	@BeforeEach
	void setUp() {
		demo = new DemoTenants(tenants, transactions);
		imports = new ImportFixtures(mvc, new TestUsers(userDetails), demo, jobs, jdbc);
		tenantId = demo.id("demo");
	}

	/** An uploaded job that node-a claimed, its last heartbeat {@code ago} in the past. */
	private long runningOnNodeA(Duration ago) throws Exception {
		long id = imports.upload("demo", "manager", ImportFixtures.csv(List.of(CustomerFixtures.uniqueName() + ",,,,,,")));
		demo.call("demo", () -> jdbc.sql("""
				UPDATE customers_transfer_job SET status = 'RUNNING', claim = 'node-a', heartbeat_at = :at
				WHERE tenant_id = :tenantId AND id = :id""")
			.param("at", OffsetDateTime.ofInstant(Instant.now().minus(ago), ZoneOffset.UTC)).param("id", id).update());
		return id;
	}

	private Instant heartbeat(long id) {
		return demo.call("demo", () -> jobs.findById(id).orElseThrow().getHeartbeatAt());
	}

	@Test
	void theSettingsTakeAStalledJobOverWithinThirtySecondsAndLetALiveOneBeatThreeTimesFirst() {
		Duration resumeEvery = DurationStyle.detectAndParse(environment.getProperty("hutong.customers.imports.resume-every"));
		assertThat(settings.staleAfter().plus(resumeEvery)).isLessThanOrEqualTo(Duration.ofSeconds(30));
		assertThat(settings.staleAfter()).isGreaterThanOrEqualTo(settings.heartbeatEvery().multipliedBy(3));
	}

	@Test
	void aJobWhoseNodeStoppedBeatingIsTakenOverOnceItsHeartbeatIsStale() throws Exception {
		long stalled = runningOnNodeA(settings.staleAfter().plusSeconds(1));
		long recent = runningOnNodeA(settings.staleAfter().minusSeconds(5));

		assertThat(demo.call("demo", () -> transitions.orphaned(tenantId))).contains(stalled).doesNotContain(recent);
		assertThat(demo.call("demo", () -> transitions.claim(tenantId, recent, "node-b"))).isFalse();
		assertThat(demo.call("demo", () -> transitions.claim(tenantId, stalled, "node-b"))).isTrue();
		assertThat(demo.call("demo", () -> transitions.beat(tenantId, stalled, "node-a")))
			.as("the stalled node's claim no longer counts").isFalse();
		demo.call("demo", () -> transitions.fail(tenantId, recent, "node-a", "import.failed"));
		demo.call("demo", () -> transitions.fail(tenantId, stalled, "node-b", "import.failed"));
	}

	@Test
	void aLiveJobBeatsSoNoOtherNodeTakesItOverAndStopsBeatingOnceItsClaimIsLost() throws Exception {
		long id = runningOnNodeA(settings.staleAfter().minusSeconds(1));
		heartbeats.start(tenantId, id, "node-a");
		try {
			heartbeats.beat();
			assertThat(heartbeat(id)).isAfter(Instant.now().minusSeconds(5));
			assertThat(demo.call("demo", () -> transitions.orphaned(tenantId))).doesNotContain(id);
			assertThat(demo.call("demo", () -> transitions.claim(tenantId, id, "node-b"))).isFalse();

			demo.call("demo", () -> jdbc.sql("UPDATE customers_transfer_job SET claim = 'node-b' WHERE tenant_id = :tenantId AND id = :id")
				.param("id", id).update());
			heartbeats.beat();
			assertThat(heartbeats.beating(id)).as("a job taken over is no longer this node's").isFalse();
		}
		finally {
			heartbeats.stop(id, "node-a");
			demo.call("demo", () -> transitions.fail(tenantId, id, "node-b", "import.failed"));
		}
	}
}
