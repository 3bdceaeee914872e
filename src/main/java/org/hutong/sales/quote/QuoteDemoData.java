package org.hutong.sales.quote;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.hutong.identity.Roles;
import org.hutong.identity.SignedInUser;
import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
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
 * Demo mode: the letterhead of a 许昌 switchgear maker, discount limits (销售代表 10 %, 销售总监 20 %),
 * and quotes in every state on the sales team's deals — a draft, sent ones, accepted, rejected,
 * expired, one revised to V2, and one with a 15 % discount waiting for 李明's approval. They go through
 * {@link QuoteManagement} signed in as their owners, as any user's would. Runs only while the
 * enterprise has no quotes.
 */
@Component
@Order(45)
@ConditionalOnBooleanProperty("hutong.demo")
class QuoteDemoData implements StartupSeed {

	private static final Set<String> WORKS = Set.of(QuotePermissions.READ, QuotePermissions.WRITE);

	private final Tenants tenants;

	private final QuoteRepository quotes;

	private final Roles roles;

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final Parts parts;

	/** What the quotes are made with. */
	record Parts(QuoteManagement management, QuoteDetails details, DiscountLimits limits, Letterheads letterheads,
			JdbcClient jdbc) {
	}

	QuoteDemoData(Tenants tenants, QuoteRepository quotes, Roles roles, UserDetailsService users,
			TransactionTemplate transactions, QuoteManagement management, QuoteDetails details, DiscountLimits limits,
			Letterheads letterheads, JdbcClient jdbc) {
		this.tenants = tenants;
		this.quotes = quotes;
		this.roles = roles;
		this.users = users;
		this.transactions = transactions;
		this.parts = new Parts(management, details, limits, letterheads, jdbc);
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce(demo.getId()))));
	}

	private void seedOnce(long tenantId) {
		if (quotes.count() > 0) {
			return;
		}
		roles.grant("销售代表", WORKS);
		roles.grant("销售总监", Set.of(QuotePermissions.READ, QuotePermissions.WRITE, QuotePermissions.SETTINGS));
		parts.limits().setFor("销售代表", new BigDecimal("10"));
		parts.limits().setFor("销售总监", new BigDecimal("20"));
		try {
			SignedInUser manager = signIn("manager");
			parts.letterheads().save(new LetterheadForm("许昌恒远电气设备有限公司", "河南省许昌市魏都区尚集产业集聚区永昌路 88 号",
					"0374-2968800", "91411000MA3X5KQ88H", "中国工商银行许昌分行营业部", "1708 0200 0910 0388 666", null));
			SignedInUser sales = signIn("sales");
			List<Long> deals = dealsOf(tenantId, sales.userId(), 8);
			int made = 0;
			for (Long deal : deals) {
				quoteFor(sales, deal, made++);
			}
			signIn("manager");
			dealsOf(tenantId, manager.userId(), 2).forEach(deal -> quoteFor(manager, deal, 1));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A quote of the deal, taken as far as {@code fate} says: 0 draft, 1 sent, 2 accepted, 3 rejected, 4 expired, 5 V2, 6 awaiting approval. */
	private void quoteFor(SignedInUser owner, long dealId, int fate) {
		QuoteForm form = parts.details().formFor(owner, null, dealId);
		if (form.lines().isEmpty()) {
			return;
		}
		BigDecimal discount = fate == 6 ? new BigDecimal("15") : fate % 2 == 0 ? new BigDecimal("3") : BigDecimal.ZERO;
		form = QuoteForm.of(form.title(), form.customerId(), form.opportunityId(), discount, form.lines())
			.withTerms("合同签订后 45 天内交货，运至买方指定地点，运费由卖方承担。", "合同签订后预付 30%，到货验收后付 60%，质保金 10% 于质保期满（12 个月）后支付。");
		Errors errors = new BeanPropertyBindingResult(form, "form");
		Long id = parts.management().create(owner, form, errors);
		if (id == null) {
			return;
		}
		switch (fate) {
			case 0 -> {
			}
			case 6 -> parts.management().requestApproval(owner, id, version(id), errors);
			default -> {
				parts.management().send(owner, id, version(id), errors);
				if (fate == 2 || fate == 3) {
					parts.management().answer(owner, id, version(id), fate == 2, errors);
				}
				else if (fate == 4) {
					quotes.findById(id).ifPresent(quote -> quote.expire(quote.getUpdatedAt()));
				}
				else if (fate == 5) {
					revise(owner, id);
				}
			}
		}
	}

	/** V2: one more unit on the first line, sent again. */
	private void revise(SignedInUser owner, long id) {
		QuoteForm current = parts.details().formOf(owner, id);
		QuoteLineForm first = current.lines().get(0);
		List<QuoteLineForm> lines = new java.util.ArrayList<>(current.lines());
		lines.set(0, new QuoteLineForm(first.productId(), first.name(), first.spec(), first.unit(),
				first.quantity().add(BigDecimal.ONE), first.unitPrice(), first.discount(), first.taxRate()));
		QuoteForm revised = new QuoteForm(current.title(), current.customerId(), current.opportunityId(),
				current.headerDiscount(), current.validUntil(), current.deliveryTerms(), current.paymentTerms(),
				current.remarks(), lines, current.version());
		Errors errors = new BeanPropertyBindingResult(revised, "form");
		parts.management().update(owner, id, revised, errors);
		parts.management().send(owner, id, version(id), errors);
	}

	private long version(long id) {
		quotes.flush();
		return quotes.findById(id).orElseThrow().getVersion();
	}

	/** The owner's open deals with product lines, newest first. */
	private List<Long> dealsOf(long tenantId, long ownerId, int limit) {
		return parts.jdbc().sql("""
				SELECT o.id FROM sales_opportunity o WHERE o.tenant_id = :tenant AND o.owner_id = :owner
				AND o.deleted_at IS NULL AND o.outcome IS NULL
				AND EXISTS (SELECT 1 FROM sales_opportunity_line l WHERE l.tenant_id = o.tenant_id AND l.opportunity_id = o.id)
				ORDER BY o.id DESC LIMIT :limit""")
			.param("tenant", tenantId).param("owner", ownerId).param("limit", limit)
			.query(Long.class).list();
	}

	private SignedInUser signIn(String username) {
		SignedInUser user = (SignedInUser) users.loadUserByUsername(SignedInUser.qualifiedName("demo", username));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return user;
	}
}
