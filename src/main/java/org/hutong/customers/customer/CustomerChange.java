package org.hutong.customers.customer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * One row of a customer's 修改记录: who changed which field, from what to what ({@code null}: empty),
 * and when. Written by {@link CustomerChanges} in SQL batches, read here; never changed.
 */
@Entity
@Table(name = "customers_change")
public class CustomerChange {

	/** The field of the one row a new customer starts its history with; its new value is the name. */
	public static final String CREATED = "created";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "customer_id")
	private Long customerId;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	private String field;

	@Column(name = "old_value")
	private String oldValue;

	@Column(name = "new_value")
	private String newValue;

	protected CustomerChange() {
	}

	public Long getId() {
		return id;
	}

	public Long getCustomerId() {
		return customerId;
	}

	public Long getActorId() {
		return actorId;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getField() {
		return field;
	}

	public String getOldValue() {
		return oldValue;
	}

	public String getNewValue() {
		return newValue;
	}
}
