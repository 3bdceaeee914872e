package org.hutong.sales.tender;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hutong.identity.Roles;
import org.hutong.identity.SignedInUser;
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
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Demo mode: three of 王芳's deals went to tender — one won (its deal won with it, the bond back),
 * one lost to a competitor, and one open with its deadline ahead and its bond still out. They go
 * through {@link TenderManagement} signed in as her. Runs only while the enterprise has no tenders.
 */
@Component
@Order(46)
@ConditionalOnBooleanProperty("hutong.demo")
class TenderDemoData implements StartupSeed {

	private static final Set<String> WORKS = Set.of(TenderPermissions.READ, TenderPermissions.WRITE);

	private final Tenants tenants;

	private final TenderRepository tenders;

	private final Roles roles;

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final TenderManagement management;

	private final JdbcClient jdbc;

	private final Clock clock;

	TenderDemoData(Tenants tenants, TenderRepository tenders, Roles roles, UserDetailsService users,
			TransactionTemplate transactions, TenderManagement management, JdbcClient jdbc, Clock clock) {
		this.tenants = tenants;
		this.tenders = tenders;
		this.roles = roles;
		this.users = users;
		this.transactions = transactions;
		this.management = management;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce(demo.getId()))));
	}

	private void seedOnce(long tenantId) {
		if (tenders.count() > 0) {
			return;
		}
		roles.grant("销售代表", WORKS);
		roles.grant("销售总监", WORKS);
		try {
			SignedInUser sales = signIn("sales");
			List<Long> deals = openDealsOf(tenantId, sales.userId());
			LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
			if (deals.size() >= 3) {
				open(sales, deals.get(0), today);
				closed(sales, deals.get(1), today.minusDays(40), TenderResult.WON);
				closed(sales, deals.get(2), today.minusDays(70), TenderResult.LOST);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Deadline three weeks ahead, registration and documents this week, the bond paid and out. */
	private void open(SignedInUser owner, long deal, LocalDate today) {
		TenderForm form = new TenderForm("许昌供电公司 2027 年第一批配网物资协议库存招标", deal, "国网河南省电力公司许昌供电公司",
				"河南立新招标代理有限公司", "HNXC-2027-PW-001", "https://ecp.sgcc.com.cn/", today.plusDays(2), today.plusDays(5),
				today.plusDays(12), today.plusDays(21).atTime(9, 30), today.plusDays(21).atTime(9, 30), new BigDecimal("50000"),
				today.minusDays(3), BondMethod.TRANSFER, null, new BigDecimal("2860000"),
				List.of(new TenderLotForm("标包 1：12 kV 环网柜", new BigDecimal("1680000")),
						new TenderLotForm("标包 2：箱式变电站", new BigDecimal("1180000"))),
				null);
		Long id = create(owner, form);
		if (id != null) {
			decide(owner, id, List.of(ChecklistItem.values()), "资质、业绩满足，去年同类项目中标两次。");
		}
	}

	private void closed(SignedInUser owner, long deal, LocalDate deadline, TenderResult result) {
		boolean won = result == TenderResult.WON;
		TenderForm form = new TenderForm(won ? "禹州市产业集聚区 10 kV 配电工程设备采购" : "长葛市污水处理厂配电设备招标", deal,
				won ? "禹州市产业集聚区管理委员会" : "长葛市城市建设投资有限公司", "许昌公共资源交易中心",
				won ? "YZ-2026-SB-118" : "CG-2026-GC-045", null, deadline.minusDays(20), deadline.minusDays(15),
				deadline.minusDays(8), deadline.atTime(9, 0), deadline.atTime(9, 30), new BigDecimal("20000"),
				deadline.minusDays(12), BondMethod.GUARANTEE, won ? deadline.plusDays(20) : null,
				new BigDecimal(won ? "986000" : "1320000"), List.of(), null);
		Long id = create(owner, form);
		if (id == null) {
			return;
		}
		decide(owner, id, List.of(ChecklistItem.QUALIFICATION, ChecklistItem.REFERENCES, ChecklistItem.TECHNICAL,
				ChecklistItem.BOND), null);
		ResultForm outcome = won ? new ResultForm(TenderResult.WON, null, new BigDecimal("986000"), "综合评分第一", List.of(), null)
				: new ResultForm(TenderResult.LOST, "平高集团有限公司", new BigDecimal("1268000"), "价格分落后 3 分", List.of(), null);
		Errors errors = new BeanPropertyBindingResult(outcome, "result");
		management.record(owner, id, outcome, errors);
	}

	private Long create(SignedInUser owner, TenderForm form) {
		return management.create(owner, form, new BeanPropertyBindingResult(form, "form"));
	}

	private void decide(SignedInUser owner, long id, List<ChecklistItem> checked, String note) {
		DecisionForm decision = new DecisionForm(TenderDecision.GO, checked, note, null);
		management.decide(owner, id, decision, new BeanPropertyBindingResult(decision, "decision"));
	}

	/** The owner's open deals with an amount, oldest first (the newest carry the quotes). */
	private List<Long> openDealsOf(long tenantId, long ownerId) {
		return jdbc.sql("""
				SELECT id FROM sales_opportunity WHERE tenant_id = :tenant AND owner_id = :owner
				AND deleted_at IS NULL AND outcome IS NULL AND amount > 0 ORDER BY id LIMIT 3""")
			.param("tenant", tenantId).param("owner", ownerId).query(Long.class).list();
	}

	private SignedInUser signIn(String username) {
		SignedInUser user = (SignedInUser) users.loadUserByUsername(SignedInUser.qualifiedName("demo", username));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return user;
	}
}
