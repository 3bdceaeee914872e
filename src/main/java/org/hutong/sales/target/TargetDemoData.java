package org.hutong.sales.target;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.hutong.identity.Roles;
import org.hutong.identity.SignedInUser;
import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: this year's monthly signing targets for the sales team, set by 李明 — 王芳 60 万, 陈磊
 * 50 万, himself 30 万 a month, a little more in the fourth quarter — and collection targets at 80 %
 * of them. Reps see their attainment; the director sets targets. Runs only while there are none.
 */
@Component
@Order(47)
@ConditionalOnBooleanProperty("hutong.demo")
class TargetDemoData implements StartupSeed {

	private static final Map<String, Integer> MONTHLY = Map.of("sales", 600_000, "sales2", 500_000, "manager", 300_000);

	private final Tenants tenants;

	private final TargetRepository targets;

	private final Roles roles;

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final TargetPlans plans;

	private final Clock clock;

	TargetDemoData(Tenants tenants, TargetRepository targets, Roles roles, UserDetailsService users,
			TransactionTemplate transactions, TargetPlans plans, Clock clock) {
		this.tenants = tenants;
		this.targets = targets;
		this.roles = roles;
		this.users = users;
		this.transactions = transactions;
		this.plans = plans;
		this.clock = clock;
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce())));
	}

	private void seedOnce() {
		if (targets.count() > 0) {
			return;
		}
		roles.grant("销售代表", Set.of(TargetPermissions.READ));
		roles.grant("销售总监", Set.of(TargetPermissions.READ, TargetPermissions.WRITE));
		try {
			SignedInUser manager = signIn("manager");
			int year = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT)).getYear();
			Map<String, String> signed = new LinkedHashMap<>();
			Map<String, String> collected = new LinkedHashMap<>();
			MONTHLY.forEach((username, amount) -> {
				long id = user(username).userId();
				for (int month = 1; month <= 12; month++) {
					BigDecimal monthly = BigDecimal.valueOf(month >= 10 ? amount * 12L / 10 : amount);
					signed.put("USER-" + id + "-" + month, monthly.toPlainString());
					collected.put("USER-" + id + "-" + month, monthly.multiply(new BigDecimal("0.8")).toPlainString());
				}
			});
			plans.save(manager, year, TargetMetric.SIGNED, signed);
			plans.save(manager, year, TargetMetric.COLLECTED, collected);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private SignedInUser user(String username) {
		return (SignedInUser) users.loadUserByUsername(SignedInUser.qualifiedName("demo", username));
	}

	private SignedInUser signIn(String username) {
		SignedInUser user = user(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return user;
	}
}
