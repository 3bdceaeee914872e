package org.hutong.identity.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** One line of the 审计日志. Written once, never changed. */
@Entity
@Table(name = "identity_audit_entry")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "actor_name")
	private String actorName;

	@Column(name = "ip_address")
	private String ipAddress;

	private String action;

	private String target;

	private String detail;

	protected AuditEntry() {
	}

	public AuditEntry(Instant occurredAt, Long actorId, String actorName, String ipAddress, String action,
			String target, String detail) {
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.actorName = actorName;
		this.ipAddress = ipAddress;
		this.action = action;
		this.target = target;
		this.detail = detail;
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public Long getActorId() {
		return actorId;
	}

	public String getActorName() {
		return actorName;
	}

	public String getIpAddress() {
		return ipAddress;
	}

	public String getAction() {
		return action;
	}

	public String getTarget() {
		return target;
	}

	public String getDetail() {
		return detail;
	}
}
