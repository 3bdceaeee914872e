package org.hutong.identity.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.hutong.shared.Texts;
import org.springframework.context.MessageSourceResolvable;

/** One line of the 审计日志. Written once, never changed. */
@Entity
@Table(name = "identity_audit_entry")
public class AuditEntry {

	/** The columns' sizes: what a caller hands in longer is cut to fit, as an audit line must be written. */
	public static final int ACTOR_NAME_LENGTH = 50;

	public static final int IP_ADDRESS_LENGTH = 45;

	public static final int ACTION_LENGTH = 40;

	public static final int TARGET_LENGTH = 100;

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

	@Column(name = "actor_name", length = ACTOR_NAME_LENGTH)
	private String actorName;

	@Column(name = "ip_address", length = IP_ADDRESS_LENGTH)
	private String ipAddress;

	@Column(length = ACTION_LENGTH)
	private String action;

	@Column(length = TARGET_LENGTH)
	private String target;

	private String detail;

	protected AuditEntry() {
	}

	public AuditEntry(Instant occurredAt, Long actorId, String actorName, String ipAddress, String action,
			String target, String detail) {
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.actorName = Texts.fitted(actorName, ACTOR_NAME_LENGTH);
		this.ipAddress = Texts.fitted(ipAddress, IP_ADDRESS_LENGTH);
		this.action = action;
		this.target = Texts.fitted(target, TARGET_LENGTH);
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

	/** The detail as sentences in the reader's language ({@link AuditDetails}), or {@code null}. */
	public MessageSourceResolvable details() {
		return AuditDetails.of(detail);
	}
}
