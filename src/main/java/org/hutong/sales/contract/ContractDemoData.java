package org.hutong.sales.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.hutong.identity.Roles;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.collection.TermTemplate;
import org.hutong.sales.collection.TermTemplates;
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
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * Demo mode: the sales team may make contracts and finance may read them and confirm receipts; every accepted quote of
 * the demo enterprise and a few won deals become contracts through {@link ContractManagement}, signed
 * in as their owners — some left as drafts, the others submitted, so 李明 finds 合同审批 waiting — and
 * three older ones in effect since before Hutong, so the receivables show a term falling due soon and
 * overdue ones on first start.
 * Runs only while the enterprise has no contracts.
 */
@Component
@Order(48)
@ConditionalOnBooleanProperty("hutong.demo")
class ContractDemoData implements StartupSeed {

	private static final Set<String> WORKS = Set.of(ContractPermissions.READ, ContractPermissions.WRITE);

	/** Which of the contracts made (by their order) are older ones, in effect since before Hutong. */
	private static final Set<Integer> LEGACY = Set.of(0, 2);

	/** The legacy contract signed long ago, and finally accepted before Hutong too. */
	private static final int OLD = 2;

	private final Tenants tenants;

	private final ContractRepository contracts;

	private final Roles roles;

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final ContractManagement management;

	private final JdbcClient jdbc;

	private final Clock clock;

	ContractDemoData(Tenants tenants, ContractRepository contracts, Roles roles, UserDetailsService users,
			TransactionTemplate transactions, ContractManagement management, JdbcClient jdbc, Clock clock) {
		this.tenants = tenants;
		this.contracts = contracts;
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
		if (contracts.count() > 0) {
			return;
		}
		roles.grant("销售代表", WORKS);
		roles.grant("销售总监", Set.of(ContractPermissions.READ, ContractPermissions.WRITE, ContractPermissions.SETTINGS));
		roles.grant("财务专员", Set.of(ContractPermissions.READ, ContractPermissions.CONFIRM_RECEIPTS,
				ContractPermissions.ISSUE_INVOICES));
		try {
			int made = 0;
			for (Source source : sources(tenantId)) {
				SignedInUser owner = signIn(source.username());
				Errors errors = new MapBindingResult(new HashMap<>(), "demo");
				Long id = source.quote() ? management.fromQuote(owner, source.id(), errors)
						: management.fromDeal(owner, source.id(), errors);
				if (id != null) {
					complete(owner, id, made++);
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private record Source(boolean quote, long id, String username) {
	}

	/** The accepted quotes, and up to three won deals with lines that no quote covers. */
	private List<Source> sources(long tenantId) {
		List<Source> quotes = jdbc.sql("""
				SELECT q.id, u.username FROM sales_quote q JOIN identity_user u ON u.id = q.owner_id
				WHERE q.tenant_id = :tenant AND q.status = 'ACCEPTED' AND q.deleted_at IS NULL ORDER BY q.id""")
			.param("tenant", tenantId)
			.query((rs, n) -> new Source(true, rs.getLong("id"), rs.getString("username")))
			.list();
		List<Source> deals = jdbc.sql("""
				SELECT o.id, u.username FROM sales_opportunity o JOIN identity_user u ON u.id = o.owner_id
				WHERE o.tenant_id = :tenant AND o.outcome = 'WON' AND o.deleted_at IS NULL
				AND EXISTS (SELECT 1 FROM sales_opportunity_line l WHERE l.opportunity_id = o.id)
				AND NOT EXISTS (SELECT 1 FROM sales_quote q WHERE q.tenant_id = o.tenant_id AND q.opportunity_id = o.id
				  AND q.status = 'ACCEPTED')
				ORDER BY o.closed_at DESC, o.id LIMIT 3""")
			.param("tenant", tenantId)
			.query((rs, n) -> new Source(false, rs.getLong("id"), rs.getString("username")))
			.list();
		return java.util.stream.Stream.concat(quotes.stream(), deals.stream()).toList();
	}

	/** Signing details and a stock template's terms, then every other one submitted to 合同审批. */
	private void complete(SignedInUser owner, long id, int made) {
		boolean legacy = LEGACY.contains(made);
		LocalDate signed = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT))
			.minusDays(made == OLD ? 130L : 3L + made * 9L);
		Contract contract = contracts.findById(id).orElseThrow();
		ContractForm form = new ContractForm(contract.getTitle(), signed, signed.plusDays(7), signed.plusYears(1),
				owner.displayName(), "刘工", Contract.CNY, null, 12, "河南省许昌市魏都区供电公司物资仓库", null,
				contract.getVersion());
		Errors errors = new MapBindingResult(new HashMap<>(), "demo");
		management.update(owner, id, form, errors);
		contracts.flush();
		List<TermTemplate> stock = TermTemplates.stock();
		TermsForm terms = new TermsForm(stock.get(made % stock.size()).terms().stream().map(ContractTerm::formOf).toList(),
				contracts.findById(id).orElseThrow().getVersion());
		management.setTerms(owner, id, terms, errors);
		contracts.flush();
		if (made % 2 == 1 && !errors.hasErrors()) {
			management.submit(owner, id, contracts.findById(id).orElseThrow().getVersion(), errors);
		}
		else if (legacy && !errors.hasErrors()) {
			Contract legacyContract = contracts.findById(id).orElseThrow();
			legacyContract.effectiveSince(signed.plusDays(1).atStartOfDay(EnterpriseZone.DEFAULT).toInstant(), clock.instant());
			if (made == OLD) {
				legacyContract.occurred(org.hutong.sales.collection.TriggerEvent.FINAL_ACCEPTANCE,
						LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT)).minusDays(40), clock.instant());
			}
		}
	}

	private SignedInUser signIn(String username) {
		SignedInUser user = (SignedInUser) users.loadUserByUsername(SignedInUser.qualifiedName("demo", username));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return user;
	}
}
