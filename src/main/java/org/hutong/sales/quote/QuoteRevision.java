package org.hutong.sales.quote;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A version of a quote (V1, V2 …) with what changed from the one before and the totals it had. */
@Entity
@Table(name = "sales_quote_revision")
public class QuoteRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "quote_id")
	private long quoteId;

	private int revision;

	@Convert(converter = ChangesJson.class)
	private List<QuoteChange> changes;

	private BigDecimal total;

	@Column(name = "discount_rate")
	private BigDecimal discountRate;

	@Column(name = "created_by")
	private long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected QuoteRevision() {
	}

	QuoteRevision(Quote quote, List<QuoteChange> changes, long author, Instant now) {
		this.quoteId = quote.getId();
		this.revision = quote.getRevision();
		this.changes = List.copyOf(changes);
		this.total = quote.getTotal();
		this.discountRate = quote.getDiscountRate();
		this.createdBy = author;
		this.createdAt = now;
	}

	/** The version's totals as they stand when it is saved again before going out. */
	void restate(Quote quote, List<QuoteChange> newChanges) {
		this.total = quote.getTotal();
		this.discountRate = quote.getDiscountRate();
		this.changes = List.copyOf(newChanges);
	}

	public int getRevision() {
		return revision;
	}

	public List<QuoteChange> getChanges() {
		return changes;
	}

	public BigDecimal getTotal() {
		return total;
	}

	public BigDecimal getDiscountRate() {
		return discountRate;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
