package org.hutong.sales.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import org.hutong.identity.SignedInUser;
import org.hutong.shared.CreditCode;
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
 * Demo mode: up to {@link #CONTRACTS} of the demo enterprise's contracts in effect get a 增值税专用发票
 * for 30 % of their amount, requested by the owner and issued by finance (刘洋) a few days ago, through
 * {@link InvoiceManagement}; every other one has two rows, the goods at 13 % and 安装调试服务 at 6 %. Runs only while the enterprise has no invoices; contracts still waiting
 * for 合同审批 get none.
 */
@Component
@Order(49)
@ConditionalOnBooleanProperty("hutong.demo")
class InvoiceDemoData implements StartupSeed {

	static final int CONTRACTS = 3;

	private final Tenants tenants;

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final InvoiceManagement management;

	private final JdbcClient jdbc;

	private final Clock clock;

	InvoiceDemoData(Tenants tenants, UserDetailsService users, TransactionTemplate transactions,
			InvoiceManagement management, JdbcClient jdbc, Clock clock) {
		this.tenants = tenants;
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

	/** A contract in effect, its owner, amount and the name of its largest line (its title without lines). */
	private record InEffect(long id, String username, BigDecimal total, String title) {
	}

	private void seedOnce(long tenantId) {
		if (jdbc.sql("SELECT COUNT(*) FROM sales_invoice WHERE tenant_id = :tenant").param("tenant", tenantId)
			.query(Long.class).single() > 0) {
			return;
		}
		List<InEffect> contracts = jdbc.sql("""
				SELECT c.id, u.username, c.total,
				       COALESCE((SELECT l.name FROM sales_contract_line l WHERE l.tenant_id = c.tenant_id AND l.contract_id = c.id
				                 ORDER BY l.total DESC, l.position LIMIT 1), c.title) AS title
				FROM sales_contract c JOIN identity_user u ON u.id = c.owner_id
				WHERE c.tenant_id = :tenant AND c.status IN ('EFFECTIVE', 'EXECUTING') AND c.deleted_at IS NULL
				ORDER BY c.id LIMIT %d""".formatted(CONTRACTS))
			.param("tenant", tenantId)
			.query((rs, n) -> new InEffect(rs.getLong("id"), rs.getString("username"), rs.getBigDecimal("total"),
					rs.getString("title")))
			.list();
		try {
			int made = 0;
			for (InEffect contract : contracts) {
				issue(contract, made++);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void issue(InEffect contract, int made) {
		Errors errors = new MapBindingResult(new HashMap<>(), "demo");
		String first17 = "91411000MA4K%05d".formatted(contract.id() % 100000);
		BigDecimal amount = contract.total().multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.HALF_UP);
		InvoiceForm form = new InvoiceForm(InvoiceKind.SPECIAL, "许昌供电公司", first17 + CreditCode.checkCharacter(first17),
				"河南省许昌市魏都区 0374-1234567", "工商银行许昌分行 1708020109024512345", amount, null, null, List.of(),
				made % 2 == 0 ? twoRates(contract, amount) : List.of());
		Long invoice = management.request(signIn(contract.username()), contract.id(), form, errors);
		if (invoice == null) {
			return;
		}
		LocalDate day = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT)).minusDays(2L + made * 5L);
		management.issue(signIn("finance"), invoice, new IssueForm("%08d".formatted(31000000 + invoice), day, null, null,
				null), null, errors);
	}

	/** The goods at 13 % and their installation, a service at 6 %, a tenth of the amount. */
	private static List<InvoiceForm.Line> twoRates(InEffect contract, BigDecimal amount) {
		BigDecimal service = amount.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP);
		return List.of(new InvoiceForm.Line(contract.title(), amount.subtract(service), new BigDecimal("13")),
				new InvoiceForm.Line("安装调试服务", service, new BigDecimal("6")));
	}

	private SignedInUser signIn(String username) {
		SignedInUser user = (SignedInUser) users.loadUserByUsername(SignedInUser.qualifiedName("demo", username));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return user;
	}
}
