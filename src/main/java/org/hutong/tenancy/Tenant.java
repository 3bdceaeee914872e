package org.hutong.tenancy;

import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An enterprise on the platform. The registry of tenants is itself not tenant-scoped. */
@Entity
@Table(name = "tenancy_tenant")
public class Tenant {

	/** 企业代码: what an employee types at sign-in. */
	public static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,32}");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private TenantStatus status;

	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Tenant() {
	}

	Tenant(String code, String name, Instant createdAt) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("invalid tenant code");
		}
		this.code = code;
		this.name = name;
		this.status = TenantStatus.ACTIVE;
		this.timeZone = "Asia/Shanghai";
		this.createdAt = createdAt;
	}

	void suspend() {
		this.status = TenantStatus.SUSPENDED;
	}

	void resume() {
		this.status = TenantStatus.ACTIVE;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public TenantStatus getStatus() {
		return status;
	}

	public boolean isActive() {
		return status == TenantStatus.ACTIVE;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
