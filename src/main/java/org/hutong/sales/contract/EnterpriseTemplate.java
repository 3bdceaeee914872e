package org.hutong.sales.contract;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.hutong.sales.collection.TermTemplate;

/**
 * 条款模板: one of the enterprise's named sets of 回款条款 ("30/60/10") a contract's terms page offers,
 * in the order the enterprise set. Its terms are kept as the terms form has them and are copied into a
 * contract when picked; changing a template changes no contract.
 */
@Entity
@Table(name = "sales_term_template")
public class EnterpriseTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	private int position;

	private String name;

	@Convert(converter = TermsJson.class)
	private List<TermForm> terms;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected EnterpriseTemplate() {
	}

	EnterpriseTemplate(int position, String name, List<TermForm> terms, Instant now) {
		this.position = position;
		this.name = name;
		this.terms = List.copyOf(terms);
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A stock template as the enterprise's own, to edit from then on. */
	static EnterpriseTemplate of(int position, TermTemplate stock, Instant now) {
		return new EnterpriseTemplate(position, stock.name(), stock.terms().stream().map(ContractTerm::formOf).toList(),
				now);
	}

	void describe(String newName, List<TermForm> newTerms, Instant now) {
		this.name = newName;
		this.terms = List.copyOf(newTerms);
		this.updatedAt = now;
	}

	void moveTo(int newPosition) {
		this.position = newPosition;
	}

	TemplateView view() {
		return new TemplateView(id, name, terms, version);
	}

	Long getId() {
		return id;
	}

	int getPosition() {
		return position;
	}

	String getName() {
		return name;
	}

	List<TermForm> getTerms() {
		return terms;
	}

	long getVersion() {
		return version;
	}
}
