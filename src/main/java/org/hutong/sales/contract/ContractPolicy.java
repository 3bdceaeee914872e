package org.hutong.sales.contract;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * 合同设置: one row per enterprise — how its contracts are numbered, how many days ahead a contract's
 * end and a term's due day are reminded, and whether its term templates were seeded from the stock
 * ones. An enterprise without a row has the defaults.
 */
@Entity
@Table(name = "sales_contract_policy")
public class ContractPolicy {

	public static final int DEFAULT_EXPIRY_DAYS = 30;

	public static final int MAX_EXPIRY_DAYS = 365;

	public static final int DEFAULT_DUE_SOON_DAYS = 7;

	public static final int MAX_DUE_SOON_DAYS = 90;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "number_prefix")
	private String numberPrefix = NumberRule.DEFAULT.prefix();

	@Enumerated(EnumType.STRING)
	@Column(name = "number_date")
	private NumberRule.DatePart numberDate = NumberRule.DEFAULT.datePart();

	@Column(name = "number_digits")
	private int numberDigits = NumberRule.DEFAULT.digits();

	@Column(name = "expiry_days")
	private int expiryDays = DEFAULT_EXPIRY_DAYS;

	@Column(name = "due_soon_days")
	private int dueSoonDays = DEFAULT_DUE_SOON_DAYS;

	@Column(name = "templates_seeded")
	private boolean templatesSeeded;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected ContractPolicy() {
	}

	/** The defaults, for an enterprise that never saved its settings. */
	static ContractPolicy defaults() {
		return new ContractPolicy();
	}

	/** The form's values, checked already. */
	void set(ContractPolicyForm form, Instant now) {
		this.numberPrefix = form.numberPrefix();
		this.numberDate = form.numberDate();
		this.numberDigits = form.numberDigits();
		this.expiryDays = form.expiryDays();
		this.dueSoonDays = form.dueSoonDays();
		this.updatedAt = now;
	}

	public NumberRule numberRule() {
		return new NumberRule(numberPrefix, numberDate, numberDigits);
	}

	public int getExpiryDays() {
		return expiryDays;
	}

	public int getDueSoonDays() {
		return dueSoonDays;
	}

	boolean isTemplatesSeeded() {
		return templatesSeeded;
	}

	Long getId() {
		return id;
	}

	/** Null while the enterprise has no row: its first save makes one. */
	Long getVersion() {
		return id == null ? null : version;
	}
}
