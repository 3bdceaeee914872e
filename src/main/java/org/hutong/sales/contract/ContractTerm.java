package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.TenantId;
import org.hutong.sales.collection.Offset;
import org.hutong.sales.collection.PaymentTerm;
import org.hutong.sales.collection.Precondition;
import org.hutong.sales.collection.Retention;
import org.hutong.sales.collection.Share;
import org.hutong.sales.collection.TriggerEvent;

/** 回款条款: one payment term of a contract as stored; the engine's {@link PaymentTerm} is made from it. */
@Entity
@Table(name = "sales_contract_term")
@EntityListeners(OwedSumsUpkeep.class)
public class ContractTerm {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "contract_id")
	private Contract contract;

	private int position;

	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "share_kind")
	private TermForm.ShareKind shareKind;

	@Column(name = "share_value")
	private BigDecimal shareValue;

	@Enumerated(EnumType.STRING)
	@Column(name = "trigger_event")
	private TriggerEvent triggerEvent;

	@Column(name = "offset_amount")
	private int offsetAmount;

	@Enumerated(EnumType.STRING)
	@Column(name = "offset_unit")
	private Offset.Unit offsetUnit;

	@Column(name = "invoice_first")
	private boolean invoiceFirst;

	@Column(name = "guarantee_first")
	private boolean guaranteeFirst;

	@Column(name = "fixed_date")
	private LocalDate fixedDate;

	@Column(name = "warranty_months")
	private Integer warrantyMonths;

	@Column(name = "untaxed_base")
	private boolean untaxedBase;

	@Column(name = "deemed_days")
	private Integer deemedDays;

	/** What confirmed receipts put on this term. */
	private BigDecimal collected = BigDecimal.ZERO.setScale(2);

	/** The installment as the engine last planned it (see {@link Contract#refreshPlan}): its amount, and its due day once its event happened. */
	private BigDecimal amount;

	@Column(name = "due_on")
	private LocalDate dueOn;

	/** While the term is a receivable: its due day and what is still owed on it (also in CNY); else null. */
	@Column(name = "owed_on")
	private LocalDate owedOn;

	private BigDecimal owed;

	@Column(name = "owed_cny")
	private BigDecimal owedCny;

	/** The contract's owner and customer, kept with the term for the receivables' indexes. */
	@Column(name = "owner_id")
	private Long ownerId;

	@Column(name = "customer_id")
	private Long customerId;

	/** What issued invoices put on this term. */
	private BigDecimal invoiced = BigDecimal.ZERO.setScale(2);

	/** The owed part the receivable sums hold of this term: as loaded or last written (see {@link OwedSumsUpkeep}). */
	@Transient
	private OwedSums.Part kept;

	protected ContractTerm() {
	}

	ContractTerm(Contract contract, int position, TermForm form) {
		this.contract = contract;
		this.position = position;
		take(form);
	}

	/** The term as a 补充协议 has it: what it was collected stays with it. */
	void revise(TermForm form) {
		take(form);
	}

	private void take(TermForm form) {
		this.name = form.name();
		this.shareKind = form.kind();
		this.shareValue = form.value();
		this.triggerEvent = form.trigger();
		this.offsetAmount = form.offset();
		this.offsetUnit = form.offsetUnit();
		this.invoiceFirst = form.invoiceFirst();
		this.guaranteeFirst = form.guaranteeFirst();
		this.fixedDate = form.fixedDate();
		this.warrantyMonths = form.warrantyMonths();
		this.untaxedBase = form.untaxedBase();
		this.deemedDays = form.deemedDays();
	}

	/** The form of this term, to edit it again. */
	TermForm form() {
		return new TermForm(name, shareKind, shareValue, triggerEvent, offsetAmount, offsetUnit, invoiceFirst,
				guaranteeFirst, fixedDate, warrantyMonths, untaxedBase, deemedDays);
	}

	/** The term as the payment-term engine reads it. */
	PaymentTerm payment() {
		return payment(form());
	}

	/**
	 * A form's term for the engine. A warranty end, or warranty months given, makes a 质保金 term whose
	 * warranty runs from final acceptance.
	 */
	static PaymentTerm payment(TermForm form) {
		Share share = switch (form.kind()) {
			case PERCENT -> new Share.Percent(form.value());
			case UP_TO -> new Share.UpTo(form.value());
			case FIXED -> new Share.Fixed(form.value());
		};
		Set<Precondition> first = EnumSet.noneOf(Precondition.class);
		if (form.invoiceFirst()) {
			first.add(Precondition.INVOICE_ISSUED);
		}
		if (form.guaranteeFirst()) {
			first.add(Precondition.GUARANTEE_RECEIVED);
		}
		Retention retention = null;
		if (form.trigger() == TriggerEvent.WARRANTY_END || form.warrantyMonths() != null) {
			int months = form.warrantyMonths() == null ? 0 : form.warrantyMonths();
			retention = new Retention(months, TriggerEvent.FINAL_ACCEPTANCE,
					form.untaxedBase() ? Retention.Base.UNTAXED : Retention.Base.TAXED);
		}
		PaymentTerm term = new PaymentTerm(form.name(), share, form.trigger(),
				new Offset(form.offset(), form.offsetUnit()), first, form.fixedDate(), retention, null);
		return form.deemedDays() == null ? term : term.withDeemedAcceptance(form.deemedDays());
	}

	/** A stock template's term as a form row. */
	static TermForm formOf(PaymentTerm term) {
		TermForm.ShareKind kind = term.share() instanceof Share.UpTo ? TermForm.ShareKind.UP_TO
				: term.share() instanceof Share.Fixed ? TermForm.ShareKind.FIXED : TermForm.ShareKind.PERCENT;
		Retention retention = term.retention();
		return new TermForm(term.name(), kind, term.share().value(), term.trigger(), term.offset().amount(),
				term.offset().unit(), term.preconditions().contains(Precondition.INVOICE_ISSUED),
				term.preconditions().contains(Precondition.GUARANTEE_RECEIVED), term.date(),
				retention == null ? null : retention.warrantyMonths(),
				retention != null && retention.base() == Retention.Base.UNTAXED,
				term.deemedAcceptance() == null ? null : term.deemedAcceptance().daysAfterArrival());
	}

	public int getPosition() {
		return position;
	}

	public BigDecimal getCollected() {
		return collected;
	}

	public BigDecimal getInvoiced() {
		return invoiced;
	}

	void invoice(BigDecimal amount) {
		invoiced = invoiced.add(amount);
	}

	void collect(BigDecimal amount) {
		collected = collected.add(amount);
	}

	public String getName() {
		return name;
	}

	public Integer getWarrantyMonths() {
		return warrantyMonths;
	}

	public boolean isUntaxedBase() {
		return untaxedBase;
	}

	/** Whether this is a 质保金 term: due at the warranty's end, or with warranty months given. */
	boolean retains() {
		return triggerEvent == TriggerEvent.WARRANTY_END || warrantyMonths != null;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public LocalDate getOwedOn() {
		return owedOn;
	}

	public BigDecimal getOwed() {
		return owed;
	}

	public BigDecimal getOwedCny() {
		return owedCny;
	}

	/** What this term adds to the receivable sums as it is now, or null while it is not owed. */
	OwedSums.Part owedPart() {
		return owedOn == null ? null : new OwedSums.Part(tenantId, ownerId, customerId, owedOn, owedCny);
	}

	OwedSums.Part kept() {
		return kept;
	}

	void keep(OwedSums.Part part) {
		this.kept = part;
	}

	/**
	 * The planned amount and due day, and — when the contract binds or has ended ({@code receivable}) and
	 * something is still owed — what is owed, at {@code cnyRate} in CNY as well.
	 */
	void planned(BigDecimal amount, LocalDate dueOn, boolean receivable, BigDecimal cnyRate, long ownerId,
			long customerId) {
		this.amount = amount;
		this.dueOn = dueOn;
		this.ownerId = ownerId;
		this.customerId = customerId;
		BigDecimal left = amount == null ? null : amount.subtract(collected);
		boolean owing = receivable && dueOn != null && left != null && left.signum() > 0;
		this.owedOn = owing ? dueOn : null;
		this.owed = owing ? left : null;
		this.owedCny = owing ? left.multiply(cnyRate).setScale(2, java.math.RoundingMode.HALF_UP) : null;
	}
}
