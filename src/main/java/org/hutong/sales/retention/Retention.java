package org.hutong.sales.retention;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.hutong.sales.contract.ContractRetentions;

/**
 * 质保金: the share of a contract held back through the warranty, from the contract's plan (amount,
 * base, the final acceptance it runs from, the release day), what was done to get it back, the
 * quality claims that block that, and a bank guarantee (质量保函) if one stands in for the cash.
 */
@Entity
@Table(name = "sales_retention")
class Retention {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "contract_id")
	private long contractId;

	@Column(name = "term_index")
	private int termIndex;

	private String name;

	private BigDecimal amount;

	@Column(name = "untaxed_base")
	private boolean untaxedBase;

	@Column(name = "warranty_months")
	private int warrantyMonths;

	@Column(name = "warranty_starts_on")
	private LocalDate warrantyStartsOn;

	@Column(name = "release_on")
	private LocalDate releaseOn;

	@Enumerated(EnumType.STRING)
	private RetentionState state;

	@Column(name = "requested_on")
	private LocalDate requestedOn;

	@Column(name = "requested_by")
	private Long requestedBy;

	@Column(name = "collected_at")
	private Instant collectedAt;

	@Column(name = "guarantee_number")
	private String guaranteeNumber;

	@Column(name = "guarantee_bank")
	private String guaranteeBank;

	@Column(name = "guarantee_amount")
	private BigDecimal guaranteeAmount;

	@Column(name = "guarantee_issued_on")
	private LocalDate guaranteeIssuedOn;

	@Column(name = "guarantee_expires_on")
	private LocalDate guaranteeExpiresOn;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "retention", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<QualityClaim> claims = new ArrayList<>();

	protected Retention() {
	}

	Retention(ContractRetentions.Retained term, Instant now) {
		this.contractId = term.contractId();
		this.termIndex = term.term();
		this.state = RetentionState.OPEN;
		this.createdAt = now;
		follow(term, now);
	}

	/**
	 * Takes the plan's figures over; answers true when this made it collected (the term was paid in
	 * full), so the caller says so once.
	 */
	boolean follow(ContractRetentions.Retained term, Instant now) {
		// written only when something moved, so a replayed event leaves the row as it was
		if (!java.util.Objects.equals(name, term.name()) || amount == null || amount.compareTo(term.amount()) != 0
				|| untaxedBase != term.untaxedBase() || warrantyMonths != term.warrantyMonths()
				|| !java.util.Objects.equals(warrantyStartsOn, term.warrantyStartsOn())
				|| !java.util.Objects.equals(releaseOn, term.releaseOn())) {
			this.name = term.name();
			this.amount = term.amount();
			this.untaxedBase = term.untaxedBase();
			this.warrantyMonths = term.warrantyMonths();
			this.warrantyStartsOn = term.warrantyStartsOn();
			this.releaseOn = term.releaseOn();
			this.updatedAt = now;
		}
		if (term.settled() && term.amount().signum() > 0 && state != RetentionState.COLLECTED) {
			state = RetentionState.COLLECTED;
			collectedAt = now;
			updatedAt = now;
			return true;
		}
		return false;
	}

	RetentionStatus status(LocalDate today) {
		return switch (state) {
			case COLLECTED -> RetentionStatus.COLLECTED;
			case REQUESTED -> RetentionStatus.REQUESTED;
			case OPEN -> released(today) ? RetentionStatus.CLAIMABLE : RetentionStatus.NOT_DUE;
		};
	}

	boolean released(LocalDate today) {
		return releaseOn != null && !releaseOn.isAfter(today);
	}

	boolean blocked() {
		return claims.stream().anyMatch(QualityClaim::open);
	}

	/** Why it cannot be asked back today (a message code), or null when it can. */
	String whyNotRequestable(LocalDate today) {
		if (state != RetentionState.OPEN) {
			return "retention.request.already";
		}
		if (!released(today)) {
			return "retention.request.notDue";
		}
		return blocked() ? "retention.request.claimOpen" : null;
	}

	void requested(LocalDate on, long by, Instant now) {
		this.state = RetentionState.REQUESTED;
		this.requestedOn = on;
		this.requestedBy = by;
		this.updatedAt = now;
	}

	QualityClaim raise(ClaimForm form, long by, Instant now) {
		QualityClaim claim = new QualityClaim(this, form, by, now);
		claims.add(claim);
		this.updatedAt = now;
		return claim;
	}

	void guarantee(GuaranteeForm form, Instant now) {
		this.guaranteeNumber = form.number().strip();
		this.guaranteeBank = form.bank().strip();
		this.guaranteeAmount = form.amount();
		this.guaranteeIssuedOn = form.issuedOn();
		this.guaranteeExpiresOn = form.expiresOn();
		this.updatedAt = now;
	}

	boolean hasGuarantee() {
		return guaranteeNumber != null;
	}

	Long getId() {
		return id;
	}

	long getContractId() {
		return contractId;
	}

	int getTermIndex() {
		return termIndex;
	}

	String getName() {
		return name;
	}

	BigDecimal getAmount() {
		return amount;
	}

	boolean isUntaxedBase() {
		return untaxedBase;
	}

	int getWarrantyMonths() {
		return warrantyMonths;
	}

	LocalDate getWarrantyStartsOn() {
		return warrantyStartsOn;
	}

	LocalDate getReleaseOn() {
		return releaseOn;
	}

	RetentionState getState() {
		return state;
	}

	LocalDate getRequestedOn() {
		return requestedOn;
	}

	String getGuaranteeNumber() {
		return guaranteeNumber;
	}

	String getGuaranteeBank() {
		return guaranteeBank;
	}

	BigDecimal getGuaranteeAmount() {
		return guaranteeAmount;
	}

	LocalDate getGuaranteeIssuedOn() {
		return guaranteeIssuedOn;
	}

	LocalDate getGuaranteeExpiresOn() {
		return guaranteeExpiresOn;
	}

	long getVersion() {
		return version;
	}

	List<QualityClaim> getClaims() {
		return claims;
	}
}
