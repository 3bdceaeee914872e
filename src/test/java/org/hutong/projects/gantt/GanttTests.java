package org.hutong.projects.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hutong.HutongTest;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.gantt.GanttPage.Line;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;

/**
 * The Gantt's service over a project's stored plan: a cycle, a self-link, a link to another project's
 * task and a move past the task's phase are refused with their reasons and change nothing; a tight
 * chain to the project's last day is the critical path; a baseline compares the moved plan with the
 * saved one in days; only the manager and 技术负责人 plan.
 */
@HutongTest
class GanttTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Gantt gantt;

	GanttFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new GanttFixtures(mvc, userDetails, tokens, jdbc, tenants, transactions);
	}

	@Test
	void aCycleASelfLinkAndAnotherProjectsTaskAreRefused() throws Exception {
		long project = fixtures.project("循环依赖");
		Object[] phase = fixtures.phases(project).get(0);
		long a = fixtures.task(project, "需求", phase, 0, 3);
		long b = fixtures.task(project, "设计", phase, 3, 3);
		long c = fixtures.task(project, "评审", phase, 6, 3);
		assertThat(link("admin", project, a, b, 0)).isEmpty();
		assertThat(link("manager", project, b, c, 0)).isEmpty();

		assertThat(link("admin", project, c, a, 0)).containsExactly("projects.plan.refusal.cycle");
		assertThat(link("admin", project, a, a, 0)).containsExactly("gantt.dependency.self");
		long other = fixtures.project("别的项目");
		long foreign = fixtures.task(other, "别处的任务", fixtures.phases(other).get(0), 0, 2);
		assertThat(link("admin", project, a, foreign, 0)).containsExactly("gantt.dependency.otherProject");
		assertThat(link("admin", project, a, b, 0)).containsExactly("gantt.dependency.exists");
		assertThat(link("admin", project, b, c, 400)).containsExactly("gantt.dependency.lag.range");
		assertThat(page(project).dependencies()).hasSize(2);

		assertThatThrownBy(() -> link("rd", project, a, c, 0)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> link("sales", project, a, c, 0)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aTaskMovedPastItsPhaseOrBeforeItsPredecessorFinishesIsRefused() throws Exception {
		long project = fixtures.project("阶段之外");
		Object[] phase = fixtures.phases(project).get(0);
		LocalDate phaseEnd = (LocalDate) phase[2];
		long a = fixtures.task(project, "方案", phase, 0, 3);
		long b = fixtures.task(project, "校核", phase, 4, 2);
		assertThat(link("admin", project, a, b, 1)).isEmpty();
		long version = fixtures.version(b);

		assertThat(move("admin", project, b, phaseEnd.minusDays(1), phaseEnd.plusDays(2), version))
			.containsExactly("projects.plan.refusal.task-ends-after-phase");
		assertThat(move("admin", project, b, ((LocalDate) phase[1]).plusDays(3), ((LocalDate) phase[1]).plusDays(4),
				version)).containsExactly("projects.plan.refusal.starts-before-predecessor");
		assertThat(fixtures.version(b)).isEqualTo(version);

		assertThat(move("manager", project, b, ((LocalDate) phase[1]).plusDays(6), ((LocalDate) phase[1]).plusDays(8),
				version)).isEmpty();
		assertThat(jdbc.sql("SELECT start_date FROM projects_task WHERE id = :id").param("id", b).query(LocalDate.class)
			.single()).isEqualTo(((LocalDate) phase[1]).plusDays(6));
		assertThat(fixtures.version(b)).isEqualTo(version + 1);
		assertThatThrownBy(() -> move("admin", project, b, ((LocalDate) phase[1]).plusDays(7),
				((LocalDate) phase[1]).plusDays(8), version))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
	}

	@Test
	void aTightChainToTheProjectsLastDayIsCriticalAndABaselineMeasuresTheSlip() throws Exception {
		long project = fixtures.project("关键路径");
		List<Object[]> phases = fixtures.phases(project);
		Object[] last = phases.get(phases.size() - 1);
		int days = (int) (((LocalDate) last[2]).toEpochDay() - ((LocalDate) last[1]).toEpochDay()) + 1;
		long x = fixtures.task(project, "样机试制", last, 0, 2);
		long y = fixtures.task(project, "型式试验", last, 2, days - 2);
		long z = fixtures.task(project, "资料归档", last, 0, 1);
		assertThat(link("admin", project, x, y, 0)).isEmpty();

		GanttPage plan = page(project);
		assertThat(plan.refusals()).isEmpty();
		Map<String, Line> lines = plan.lines().stream().collect(Collectors.toMap(Line::key, l -> l));
		assertThat(lines.get("T" + x).critical()).isTrue();
		assertThat(lines.get("T" + y).critical()).isTrue();
		assertThat(lines.get("T" + z).critical()).isFalse();
		assertThat(lines.get("T" + z).floatDays()).isEqualTo(days - 1L);
		assertThat(lines.get("T" + y).predecessors()).containsExactly("T" + x);
		assertThat(plan.dependencies().get(0).critical()).isTrue();
		assertThat(plan.projectFinish()).isEqualTo(last[2]);

		Long baseline = fixtures.as("manager", () -> gantt.saveBaseline(fixtures.signedIn("manager"), project, "立项基线",
				new MapBindingResult(new HashMap<>(), "baseline")));
		assertThat(baseline).isNotNull();
		LocalDate from = ((LocalDate) last[1]).plusDays(3);
		assertThat(move("admin", project, z, from, from, fixtures.version(z))).isEmpty();

		GanttPage compared = page(project);
		assertThat(compared.baseline().id()).isEqualTo(baseline);
		Map<String, Line> now = compared.lines().stream().collect(Collectors.toMap(Line::key, l -> l));
		assertThat(now.get("T" + z).slipDays()).isEqualTo(3L);
		assertThat(now.get("T" + z).baselineStart()).isEqualTo(last[1]);
		assertThat(now.get("T" + x).slipDays()).isZero();
		assertThat(compared.finishSlipDays()).isZero();
		assertThat(compared.groups().get(compared.groups().size() - 1).items()).extracting(Line::key)
			.contains("T" + x, "T" + y, "T" + z);
	}

	private GanttPage page(long project) {
		return fixtures.as("rd", () -> gantt.page(fixtures.signedIn("rd"), project, null));
	}

	private List<String> link(String username, long project, long predecessor, long successor, int lag) {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "dependency");
		fixtures.as(username, () -> gantt.link(fixtures.signedIn(username), project,
				new DependencyForm(predecessor, successor, lag), errors));
		return errors.getAllErrors().stream().map(ObjectError::getCode).toList();
	}

	private List<String> move(String username, long project, long task, LocalDate start, LocalDate end, long version) {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "move");
		fixtures.as(username, () -> gantt.move(fixtures.signedIn(username), project, task, start, end, version, errors));
		return errors.getAllErrors().stream().map(ObjectError::getCode).toList();
	}
}
