package org.hutong.projects.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hutong.identity.Colleagues;
import org.hutong.identity.OrgChart;
import org.hutong.identity.Roles;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.lifecycle.LifecycleSnapshots;
import org.hutong.projects.lifecycle.LifecycleTemplates;
import org.hutong.projects.lifecycle.PhaseBar;
import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.MapBindingResult;

/**
 * Demo mode: 25 projects of every type in every phase of 许继's R&D — some late, one 已终止, one 暂停, a
 * 科研课题 with its grant, a 客户定制 for a demo customer under its contract — led by 张伟 (rd), 李明
 * (manager) and 周建国 (admin), made through {@link ProjectManagement} signed in as their managers, their
 * history moved phase by phase. Runs only while the enterprise has no projects.
 */
@Component
@Order(55)
@ConditionalOnBooleanProperty("hutong.demo")
class ProjectDemoData implements StartupSeed {

	/** One demo project: how far back it started, how long it runs, how many gates it passed and by how late. */
	record Seed(String name, String type, String manager, String department, Priority priority, int startedDaysAgo,
			int days, int gatesPassed, int slip, ProjectStatus status, boolean light, List<String> members) {
	}

	static final List<Seed> SEEDS = List.of(
			new Seed("40.5 kV 环保气体绝缘开关柜", "NEW_PRODUCT", "rd", "电气设计室", Priority.HIGH, 200, 420, 3, 5, ProjectStatus.ACTIVE, false, List.of("manager:OBSERVER")),
			new Seed("12 kV 一二次融合柱上断路器", "NEW_PRODUCT", "rd", "电气设计室", Priority.HIGH, 150, 300, 2, 12, ProjectStatus.ACTIVE, false, List.of()),
			new Seed("智能配变终端 TTU 二代", "NEW_PRODUCT", "manager", "电气设计室", Priority.MEDIUM, 300, 360, 5, 0, ProjectStatus.ACTIVE, false, List.of("rd:TECH_LEAD")),
			new Seed("SF6 在线监测装置", "NEW_PRODUCT", "rd", "电气设计室", Priority.MEDIUM, 90, 240, 1, 3, ProjectStatus.ACTIVE, false, List.of()),
			new Seed("干式变压器温控器小型化", "NEW_PRODUCT", "admin", "结构设计室", Priority.LOW, 400, 380, 7, 4, ProjectStatus.CLOSED, false, List.of()),
			new Seed("光伏升压箱变 3150 kVA", "NEW_PRODUCT", "manager", "研发中心", Priority.HIGH, 60, 270, 0, 0, ProjectStatus.ACTIVE, false, List.of("rd:MEMBER")),
			new Seed("储能变流升压一体舱", "NEW_PRODUCT", "admin", "研发中心", Priority.HIGH, 250, 330, 3, 20, ProjectStatus.PAUSED, false, List.of("rd:TECH_LEAD")),
			new Seed("许昌供电 10 kV 环网柜定制", "CUSTOM", "manager", "电气设计室", Priority.HIGH, 120, 200, 2, 6, ProjectStatus.ACTIVE, false, List.of("rd:TECH_LEAD", "sales:OBSERVER")),
			new Seed("数据中心 2N 配电柜定制", "CUSTOM", "rd", "电气设计室", Priority.MEDIUM, 80, 150, 2, 0, ProjectStatus.ACTIVE, false, List.of()),
			new Seed("地铁牵引变电所开关柜", "CUSTOM", "manager", "结构设计室", Priority.HIGH, 210, 240, 4, 9, ProjectStatus.ACTIVE, false, List.of("rd:MEMBER")),
			new Seed("风电场集电线路箱变定制", "CUSTOM", "admin", "电气设计室", Priority.MEDIUM, 330, 300, 6, 2, ProjectStatus.ACTIVE, false, List.of("rd:MEMBER")),
			new Seed("钢厂高压变频配套开关", "CUSTOM", "manager", "研发中心", Priority.LOW, 180, 220, 1, 15, ProjectStatus.KILLED, false, List.of()),
			new Seed("医院双电源切换柜定制", "CUSTOM", "rd", "电气设计室", Priority.MEDIUM, 30, 120, 0, 0, ProjectStatus.ACTIVE, true, List.of()),
			new Seed("装配线扭矩工位改造", "IMPROVEMENT", "rd", "结构设计室", Priority.LOW, 70, 100, 1, 4, ProjectStatus.ACTIVE, true, List.of()),
			new Seed("断路器机构寿命提升", "IMPROVEMENT", "rd", "电气设计室", Priority.MEDIUM, 140, 160, 2, 0, ProjectStatus.ACTIVE, true, List.of("manager:OBSERVER")),
			new Seed("柜体钣金件标准化", "IMPROVEMENT", "admin", "结构设计室", Priority.LOW, 200, 150, 4, 3, ProjectStatus.CLOSED, true, List.of()),
			new Seed("出厂试验数据自动采集", "IMPROVEMENT", "manager", "研发中心", Priority.MEDIUM, 45, 90, 1, 2, ProjectStatus.ACTIVE, true, List.of()),
			new Seed("母线搭接面镀银工艺改进", "IMPROVEMENT", "rd", "电气设计室", Priority.LOW, 110, 80, 2, 10, ProjectStatus.ACTIVE, true, List.of()),
			new Seed("绝缘件真空浇注改造", "IMPROVEMENT", "admin", "结构设计室", Priority.MEDIUM, 20, 120, 0, 0, ProjectStatus.ACTIVE, true, List.of()),
			new Seed("配电网故障自愈关键技术研究", "RESEARCH", "rd", "研发中心", Priority.HIGH, 260, 720, 3, 8, ProjectStatus.ACTIVE, false, List.of("admin:OBSERVER", "finance:OBSERVER")),
			new Seed("环保气体绝缘介质研究", "RESEARCH", "admin", "研发中心", Priority.MEDIUM, 380, 540, 4, 6, ProjectStatus.ACTIVE, false, List.of("rd:TECH_LEAD")),
			new Seed("高海拔开关设备绝缘配合", "RESEARCH", "manager", "电气设计室", Priority.LOW, 100, 365, 1, 0, ProjectStatus.ACTIVE, false, List.of()),
			new Seed("智能电表宽温域可靠性", "NEW_PRODUCT", "rd", "电气设计室", Priority.MEDIUM, 170, 200, 3, 14, ProjectStatus.ACTIVE, false, List.of()),
			new Seed("箱变远程运维平台", "NEW_PRODUCT", "manager", "研发中心", Priority.MEDIUM, 15, 300, 0, 0, ProjectStatus.ACTIVE, false, List.of()),
			new Seed("轨道交通直流开关柜", "CUSTOM", "admin", "结构设计室", Priority.HIGH, 240, 260, 5, 7, ProjectStatus.ACTIVE, false, List.of("rd:MEMBER")));

	private final Tenants tenants;

	private final ProjectRepository projects;

	private final Roles roles;

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final Writers writers;

	private final JdbcClient jdbc;

	/** What the demo writes through and looks up, bundled to keep the constructor short. */
	@Component
	record Writers(ProjectManagement management, ProjectTeam team, LifecycleSnapshots lifecycles,
			LifecycleTemplates templates, ProjectTypes types, Colleagues colleagues, OrgChart org, Clock clock) {
	}

	ProjectDemoData(Tenants tenants, ProjectRepository projects, Roles roles, UserDetailsService users,
			TransactionTemplate transactions, Writers writers, JdbcClient jdbc) {
		this.tenants = tenants;
		this.projects = projects;
		this.roles = roles;
		this.users = users;
		this.transactions = transactions;
		this.writers = writers;
		this.jdbc = jdbc;
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce(demo.getId()))));
	}

	private void seedOnce(long tenantId) {
		if (projects.count() > 0) {
			return;
		}
		roles.grant("研发工程师", Set.of(ProjectPermissions.READ, ProjectPermissions.CREATE));
		roles.grant("销售总监", Set.of(ProjectPermissions.READ, ProjectPermissions.CREATE, ProjectPermissions.MANAGE));
		roles.grant("销售代表", Set.of(ProjectPermissions.READ));
		roles.grant("财务专员", Set.of(ProjectPermissions.READ));
		Map<String, Long> types = new HashMap<>();
		writers.types().all().forEach(t -> types.put(t.code(), t.id()));
		Map<String, Long> departments = new HashMap<>();
		writers.org().units().forEach(u -> departments.put(u.name(), u.id()));
		Optional<long[]> deal = contract(tenantId);
		LocalDate today = LocalDate.now(writers.clock().withZone(EnterpriseZone.DEFAULT));
		try {
			boolean linked = false;
			for (Seed seed : SEEDS) {
				boolean link = !linked && "CUSTOM".equals(seed.type()) && deal.isPresent();
				linked |= link;
				make(seed, types.get(seed.type()), departments.get(seed.department()), link ? deal.get() : null, today);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void make(Seed seed, Long type, Long department, long[] contract, LocalDate today) {
		SignedInUser manager = signIn(seed.manager());
		LocalDate start = today.minusDays(seed.startedDaysAgo());
		boolean research = "RESEARCH".equals(seed.type());
		Long template = (seed.light() ? writers.templates().choices().stream()
			.filter(c -> LifecycleTemplates.LIGHT.equals(c.code())) : writers.templates().choices().stream()
			.filter(c -> LifecycleTemplates.STANDARD.equals(c.code()))).findFirst().map(LifecycleTemplates.Choice::id)
			.orElse(null);
		ProjectForm form = new ProjectForm(seed.name(), type, manager.userId(), department, seed.priority(), start,
				start.plusDays(seed.days()), template, contract == null ? null : contract[1],
				contract == null ? null : contract[2] == 0 ? null : contract[2], contract == null ? null : contract[0],
				description(seed), null, research ? "河南省科学技术厅 重大科技专项" : null,
				research ? "HNKJ-2026-" + (100 + seed.days() % 97) : null, research ? new BigDecimal("1800000.00") : null,
				null);
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "demo");
		Long id = writers.management().create(manager, form, errors, start);
		if (id == null) {
			return;
		}
		for (String member : seed.members()) {
			String[] parts = member.split(":");
			writers.colleagues().idOf(parts[0]).ifPresent(user -> writers.team().join(manager, id, user,
					ProjectRole.valueOf(parts[1]), new MapBindingResult(new HashMap<>(), "member")));
		}
		PhaseBar bar = writers.lifecycles().bar(id, today);
		for (int i = 0; i < seed.gatesPassed() && i < bar.phases().size(); i++) {
			LocalDate passed = bar.phases().get(i).plannedEnd().plusDays(seed.slip());
			writers.management().advance(manager, id, passed.isAfter(today) ? today : passed);
		}
		if (seed.status() != ProjectStatus.ACTIVE) {
			writers.management().changeStatus(manager, id, seed.status());
		}
	}

	private static String description(Seed seed) {
		return switch (seed.type()) {
			case "CUSTOM" -> "按用户技术协议定制，交付前需用户见证出厂试验。";
			case "IMPROVEMENT" -> "现场工艺改进，目标是降低返工率、缩短节拍。";
			case "RESEARCH" -> "省级科研课题，经费专款专用，按课题任务书节点考核。";
			default -> "面向国网、南网招标的新一代产品，需通过型式试验取得报告。";
		};
	}

	/** A live demo contract with its customer and deal: {contract, customer, deal or 0}. */
	private Optional<long[]> contract(long tenantId) {
		return jdbc.sql("""
				SELECT id, customer_id, opportunity_id FROM sales_contract WHERE tenant_id = :tenant
				AND deleted_at IS NULL ORDER BY id LIMIT 1""")
			.param("tenant", tenantId)
			.query((rs, n) -> new long[] { rs.getLong("id"), rs.getLong("customer_id"), rs.getLong("opportunity_id") })
			.optional();
	}

	private SignedInUser signIn(String username) {
		SignedInUser user = (SignedInUser) users.loadUserByUsername(SignedInUser.qualifiedName("demo", username));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return user;
	}
}
