package org.hutong.sales.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractDetails;
import org.hutong.sales.contract.ContractForm;
import org.hutong.sales.contract.ContractFulfilment;
import org.hutong.sales.contract.ContractManagement;
import org.hutong.sales.contract.LegacyContracts;
import org.hutong.sales.contract.TermsForm;
import org.hutong.sales.collection.TermTemplates;
import org.hutong.sales.delivery.AcceptanceForm;
import org.hutong.sales.delivery.AcceptanceKind;
import org.hutong.sales.delivery.ArrivalForm;
import org.hutong.sales.delivery.DeliveryForm;
import org.hutong.sales.delivery.DeliveryManagement;
import org.hutong.sales.invoice.InvoiceForm;
import org.hutong.sales.invoice.InvoiceKind;
import org.hutong.sales.invoice.InvoiceManagement;
import org.hutong.sales.invoice.IssueForm;
import org.hutong.sales.receipt.ReceiptForm;
import org.hutong.sales.receipt.ReceiptManagement;
import org.hutong.sales.receipt.ReceiptMethod;
import org.hutong.sales.retention.ClaimForm;
import org.hutong.sales.retention.GuaranteeForm;
import org.hutong.sales.retention.RetentionDetails;
import org.hutong.sales.retention.RetentionManagement;
import org.hutong.sales.retention.RetentionStatus;
import org.hutong.sales.retention.RetentionSync;
import org.hutong.sales.retention.RetentionsView;
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
 * Demo mode: {@link #HISTORY} contracts from the demo's won deals, signed every two weeks over the
 * last two years and in effect since (they predate Hutong), each carried as far as its age allows:
 * shipped, arrived, accepted, invoiced, paid term by term — some by 承兑汇票, some late, some not at
 * all, so the receivables hold overdue terms in every ageing bucket — their 质保金 released, asked back,
 * held by a quality claim or covered by a bank guarantee; two are terminated. Everything goes through
 * the modules' services as the owners and finance. Runs once, while the enterprise has few contracts;
 * each contract in a transaction of its own.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("hutong.demo")
class SalesHistoryDemo implements StartupSeed {

	static final int HISTORY = 48;

	/** Below this many contracts the history has not been written yet. */
	private static final int WRITTEN = 40;

	private final Tenants tenants;

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Services services;

	/** What the history is written through. */
	record Services(ContractManagement contracts, ContractDetails details, ContractFulfilment fulfilment,
			LegacyContracts legacy, DeliveryManagement deliveries, InvoiceManagement invoices,
			ReceiptManagement receipts, RetentionSync retentionSync, RetentionDetails retentions,
			RetentionManagement retentionWork) {
	}

	SalesHistoryDemo(Tenants tenants, UserDetailsService users, TransactionTemplate transactions, JdbcClient jdbc,
			Clock clock, ContractManagement contracts, ContractDetails details, ContractFulfilment fulfilment,
			LegacyContracts legacy, DeliveryManagement deliveries, InvoiceManagement invoices,
			ReceiptManagement receipts, RetentionSync retentionSync, RetentionDetails retentions,
			RetentionManagement retentionWork) {
		this.tenants = tenants;
		this.users = users;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.clock = clock;
		this.services = new Services(contracts, details, fulfilment, legacy, deliveries, invoices, receipts,
				retentionSync, retentions, retentionWork);
	}

	private record Deal(long id, String username) {
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(), () -> seedOnce(demo.getId())));
	}

	private void seedOnce(long tenantId) {
		long held = jdbc.sql("SELECT COUNT(*) FROM sales_contract WHERE tenant_id = :tenant").param("tenant", tenantId)
			.query(Long.class).single();
		List<Deal> deals = jdbc.sql("""
				SELECT o.id, u.username FROM sales_opportunity o JOIN identity_user u ON u.id = o.owner_id
				WHERE o.tenant_id = :tenant AND o.outcome = 'WON' AND o.deleted_at IS NULL
				AND EXISTS (SELECT 1 FROM sales_opportunity_line l WHERE l.opportunity_id = o.id)
				ORDER BY o.id""")
			.param("tenant", tenantId)
			.query((rs, n) -> new Deal(rs.getLong("id"), rs.getString("username")))
			.list();
		if (held >= WRITTEN || deals.isEmpty()) {
			return;
		}
		try {
			SignedInUser finance = signIn("finance");
			for (int k = 0; k < HISTORY; k++) {
				Deal deal = deals.get(k % deals.size());
				int at = k;
				transactions.executeWithoutResult(status -> new Story(at, signIn(deal.username()), finance)
					.write(deal.id(), tenantId));
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** One contract's history, as far as its age allows. */
	private final class Story {

		private final int k;

		private final SignedInUser owner;

		private final SignedInUser finance;

		private final LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));

		private final LocalDate signed;

		Story(int k, SignedInUser owner, SignedInUser finance) {
			this.k = k;
			this.owner = owner;
			this.finance = finance;
			this.signed = today.minusDays(730L - k * 14L);
		}

		void write(long dealId, long tenantId) {
			Long id = services.contracts().fromDeal(as(owner), dealId, errors());
			if (id == null) {
				return;
			}
			var template = TermTemplates.stock().get(k % TermTemplates.stock().size());
			String title = services.details().one(owner, id).row().title();
			services.contracts().update(as(owner), id, new ContractForm(title, signed, signed.plusDays(3), signed.plusYears(2),
					owner.displayName(), "刘工", "CNY", null, 12, "河南省许昌市魏都区供电公司物资仓库", null,
					services.details().one(owner, id).version()), errors());
			var terms = services.details().termsOf(owner, id, template.name());
			services.contracts().setTerms(owner, id, new TermsForm(terms.terms(), services.details().one(owner, id).version()),
					errors());
			services.legacy().effectiveSince(id, signed.plusDays(2));
			if (k % 2 == 0) {
				invoice(id, signed.plusDays(5));
			}
			boolean shipped = deliver(id);
			pay(id);
			if (k == 13 || k == 29) {
				services.contracts().terminate(as(owner), id, services.details().one(owner, id).version(),
						"客户项目调整，剩余货物不再交付", errors());
			}
			if (shipped) {
				retention(tenantId, id);
			}
		}

		private void invoice(long id, LocalDate day) {
			if (day.isAfter(today)) {
				return;
			}
			var plan = services.fulfilment().readable(owner, id).plan();
			if (plan.isEmpty()) {
				return;
			}
			String first17 = "91411000MA" + String.format("%07d", 1000 + k);
			InvoiceForm form = new InvoiceForm(k % 4 == 0 ? InvoiceKind.ELECTRONIC : InvoiceKind.SPECIAL, null,
					first17 + CreditCode.checkCharacter(first17), "许昌市魏都区 0374-1234567", "工商银行许昌分行 1708 0212 0900 0012",
					plan.get(0).amount(), null, null, List.of(), List.of());
			Long invoice = services.invoices().request(as(owner), id, withBuyer(form, id), errors());
			if (invoice != null) {
				services.invoices().issue(as(finance), invoice, new IssueForm(String.format("0441%04d", 2000 + k), day,
						null, null, 0L), null, errors());
			}
		}

		private InvoiceForm withBuyer(InvoiceForm form, long id) {
			String buyer = services.details().one(owner, id).row().customerName();
			return new InvoiceForm(form.kind(), buyer == null ? "客户" : buyer, form.buyerTaxNumber(),
					form.buyerAddressPhone(), form.buyerBankAccount(), form.amount(), form.taxRate(), form.remarks(),
					form.terms(), form.lines());
		}

		/** Shipped 20 days after signing, arrived a week later, accepted (one in ten still waits); true once shipped. */
		private boolean deliver(long id) {
			LocalDate ship = signed.plusDays(20);
			if (ship.isAfter(today)) {
				return false;
			}
			var lines = services.fulfilment().readable(owner, id).lines().stream()
				.map(l -> new DeliveryForm.Line(l.id(), l.quantity())).toList();
			Long delivery = services.deliveries().ship(as(owner), id, new DeliveryForm(ship, "德邦物流",
					"DB" + ship.toString().replace("-", "") + k, "刘工", "13903740000", lines), errors());
			if (delivery == null) {
				return false;
			}
			LocalDate arrived = ship.plusDays(7);
			if (arrived.isAfter(today)) {
				return true;
			}
			services.deliveries().arrived(as(owner), delivery, new ArrivalForm(arrived, "刘工签收"), errors());
			if (k % 3 == 0 && !arrived.plusDays(6).isAfter(today)) {
				services.deliveries().accept(as(owner), id, new AcceptanceForm(AcceptanceKind.INITIAL, arrived.plusDays(6),
						"刘工", "CY-" + k, null), errors());
			}
			LocalDate accepted = arrived.plusDays(13);
			if (k % 10 != 9 && !accepted.isAfter(today)) {
				services.deliveries().accept(as(owner), id, new AcceptanceForm(AcceptanceKind.FINAL, accepted, "刘工",
						"ZY-" + k, null), errors());
			}
			return true;
		}

		/**
		 * Each term due by now is paid a few weeks after its due day — one in five not at all (overdue), the
		 * 质保金 only on every fourth contract, every fourth payment by 承兑汇票 — and finance confirms it.
		 */
		private void pay(long id) {
			var plan = services.fulfilment().readable(owner, id).plan();
			for (int j = 0; j < plan.size(); j++) {
				var due = plan.get(j);
				boolean retention = j == plan.size() - 1 && plan.size() > 1;
				if (due.dueDate() == null || (k + j) % 5 == 0 || (retention && k % 4 != 0)) {
					continue;
				}
				LocalDate paid = due.dueDate().plusDays((k * 7L + j * 3L) % 40);
				if (paid.isAfter(today)) {
					continue;
				}
				boolean draft = (k + j) % 4 == 1;
				ReceiptForm form = new ReceiptForm(paid, due.amount(), draft ? ReceiptMethod.DRAFT : ReceiptMethod.TRANSFER,
						"许昌供电公司 工行 1708", draft ? "1304 5000 " + String.format("%04d %04d", k, j) : null,
						draft ? "中国工商银行许昌分行" : null, draft ? paid : null, draft ? paid.plusMonths(6) : null, null,
						List.of(new ReceiptForm.Allocation(due.term(), due.amount())));
				Long receipt = services.receipts().record(as(finance), id, form, errors());
				if (receipt != null) {
					services.receipts().confirm(as(finance), receipt, 0L, errors());
				}
			}
		}

		/** The 质保金 records follow now; a released one is asked back, held by a claim, or left; one has a guarantee. */
		private void retention(long tenantId, long id) {
			services.retentionSync().follow(tenantId, id);
			for (RetentionsView.Row r : services.retentions().of(owner, id).retentions()) {
				if (r.status() == RetentionStatus.CLAIMABLE && k % 4 == 1) {
					services.retentionWork().request(as(owner), r.id(), r.version(), errors());
				}
				else if (r.status() == RetentionStatus.CLAIMABLE && k % 4 == 2 || k == 34) {
					services.retentionWork().raise(as(owner), r.id(), new ClaimForm("柜体漆面划伤、一处柜门锁具失灵，待上门处理",
							today.minusDays(10)), errors());
				}
				else if (r.status() == RetentionStatus.NOT_DUE && k % 6 == 4) {
					services.retentionWork().guarantee(as(owner), r.id(), new GuaranteeForm("BH-" + (2026000 + k),
							"中国银行许昌分行", r.amount(), today.minusDays(20), today.plusDays(30 + k), r.version()), errors());
				}
			}
		}

		private SignedInUser as(SignedInUser user) {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			return user;
		}
	}

	private static Errors errors() {
		return new MapBindingResult(new HashMap<>(), "demo");
	}

	private SignedInUser signIn(String username) {
		return (SignedInUser) users.loadUserByUsername(SignedInUser.qualifiedName("demo", username));
	}
}
