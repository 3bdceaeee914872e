package org.hutong.sales.quote;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** 抬头: the enterprise as its quotes print it — name, address, tax number, bank, logo and seal. */
@Entity
@Table(name = "sales_letterhead")
public class Letterhead {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "company_name")
	private String companyName;

	private String address;

	private String phone;

	@Column(name = "tax_number")
	private String taxNumber;

	@Column(name = "bank_name")
	private String bankName;

	@Column(name = "bank_account")
	private String bankAccount;

	@Column(name = "logo_key")
	private String logoKey;

	@Column(name = "logo_type")
	private String logoType;

	@Column(name = "seal_key")
	private String sealKey;

	@Column(name = "seal_type")
	private String sealType;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Letterhead() {
	}

	Letterhead(Instant now) {
		this.updatedAt = now;
	}

	void describe(LetterheadForm form, Instant now) {
		this.companyName = form.companyName();
		this.address = form.address();
		this.phone = form.phone();
		this.taxNumber = form.taxNumber();
		this.bankName = form.bankName();
		this.bankAccount = form.bankAccount();
		this.updatedAt = now;
	}

	/** Answers the key of the image it replaces, to drop once this commits. */
	String picture(LetterheadImage which, String key, String type, Instant now) {
		this.updatedAt = now;
		String old;
		if (which == LetterheadImage.LOGO) {
			old = logoKey;
			logoKey = key;
			logoType = type;
		}
		else {
			old = sealKey;
			sealKey = key;
			sealType = type;
		}
		return old;
	}

	String keyOf(LetterheadImage which) {
		return which == LetterheadImage.LOGO ? logoKey : sealKey;
	}

	String typeOf(LetterheadImage which) {
		return which == LetterheadImage.LOGO ? logoType : sealType;
	}

	public Long getId() {
		return id;
	}

	public String getCompanyName() {
		return companyName;
	}

	public String getAddress() {
		return address;
	}

	public String getPhone() {
		return phone;
	}

	public String getTaxNumber() {
		return taxNumber;
	}

	public String getBankName() {
		return bankName;
	}

	public String getBankAccount() {
		return bankAccount;
	}

	public boolean hasLogo() {
		return logoKey != null;
	}

	public boolean hasSeal() {
		return sealKey != null;
	}

	public long getVersion() {
		return version;
	}
}
