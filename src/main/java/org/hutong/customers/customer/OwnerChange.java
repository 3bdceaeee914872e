package org.hutong.customers.customer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * One row of a customer's ownership history: who held it before and after (none: the pool), why,
 * who did it (none: the system) and when. Made only by {@link Ownership}; never changed.
 */
@Entity
@Table(name = "customers_owner_change")
public class OwnerChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "customer_id")
	private Long customerId;

	@Enumerated(EnumType.STRING)
	private OwnerChangeKind kind;

	@Column(name = "from_owner_id")
	private Long fromOwnerId;

	@Column(name = "to_owner_id")
	private Long toOwnerId;

	private String reason;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	protected OwnerChange() {
	}

	OwnerChange(Long customerId, OwnerChangeKind kind, Long fromOwnerId, Long toOwnerId, String reason,
			Long actorId, Instant occurredAt) {
		this.customerId = customerId;
		this.kind = kind;
		this.fromOwnerId = fromOwnerId;
		this.toOwnerId = toOwnerId;
		this.reason = reason;
		this.actorId = actorId;
		this.occurredAt = Customer.micros(occurredAt);
	}

	public Long getId() {
		return id;
	}

	public Long getCustomerId() {
		return customerId;
	}

	public OwnerChangeKind getKind() {
		return kind;
	}

	public Long getFromOwnerId() {
		return fromOwnerId;
	}

	public Long getToOwnerId() {
		return toOwnerId;
	}

	public String getReason() {
		return reason;
	}

	public Long getActorId() {
		return actorId;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}
}
