package org.hutong.customers.option;

import java.util.Locale;

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
 * One entry of an enterprise's 客户级别, 行业 or 来源 list. Customers and leads store its {@link #getCode()
 * code}, which never changes; the labels (Chinese, and optionally English) may be renamed, the entry
 * moved or deactivated. A deactivated option stays on the records that carry it but is not offered
 * for new ones.
 */
@Entity
@Table(name = "customers_option")
public class CustomerOption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Enumerated(EnumType.STRING)
	private OptionKind kind;

	private String code;

	@Column(name = "label_zh")
	private String labelZh;

	@Column(name = "label_en")
	private String labelEn;

	@Column(name = "sort_order")
	private int sortOrder;

	private boolean active = true;

	@Version
	private long version;

	protected CustomerOption() {
	}

	public CustomerOption(OptionKind kind, String code, String labelZh, String labelEn, int sortOrder) {
		this.kind = kind;
		this.code = code;
		this.sortOrder = sortOrder;
		rename(labelZh, labelEn);
	}

	void rename(String labelZh, String labelEn) {
		this.labelZh = labelZh;
		this.labelEn = labelEn;
	}

	void moveTo(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	void activate(boolean active) {
		this.active = active;
	}

	/** The label for the locale: English when there is one and English is wanted, else Chinese. */
	public String label(Locale locale) {
		boolean english = "en".equals(locale.getLanguage()) && labelEn != null && !labelEn.isBlank();
		return english ? labelEn : labelZh;
	}

	/** Whether {@code text} is this option's code or one of its labels, ignoring case and outer spaces. */
	boolean answersTo(String text) {
		String wanted = text.strip();
		return wanted.equalsIgnoreCase(code) || wanted.equals(labelZh) || wanted.equalsIgnoreCase(labelEn);
	}

	public Long getId() {
		return id;
	}

	public OptionKind getKind() {
		return kind;
	}

	public String getCode() {
		return code;
	}

	public String getLabelZh() {
		return labelZh;
	}

	public String getLabelEn() {
		return labelEn;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public boolean isActive() {
		return active;
	}

	public long getVersion() {
		return version;
	}
}
