package org.hutong.customers.pool;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * 回收规则: an enterprise's rules for its public pool (公海), one row per enterprise. Every number
 * may be blank, meaning that rule is off. {@code reclaimWithoutDealDays}: "M days without a won deal",
 * counted from the customer's last won deal (sales tells it), or from when its owner took it.
 */
@Entity
@Table(name = "customers_pool_rule")
public class PoolRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "reclaim_after_days")
	private Integer reclaimAfterDays;

	@Column(name = "warn_days_before")
	private Integer warnDaysBefore;

	@Column(name = "claim_cooldown_days")
	private Integer claimCooldownDays;

	@Column(name = "max_owned")
	private Integer maxOwned;

	@Column(name = "reclaim_without_deal_days")
	private Integer reclaimWithoutDealDays;

	@Version
	private long version;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected PoolRule() {
	}

	PoolRule(PoolRuleForm form, Instant now) {
		set(form, now);
	}

	void set(PoolRuleForm form, Instant now) {
		this.reclaimAfterDays = form.reclaimAfterDays();
		this.warnDaysBefore = form.reclaimAfterDays() == null ? null : form.warnDaysBefore();
		this.claimCooldownDays = form.claimCooldownDays();
		this.maxOwned = form.maxOwned();
		this.reclaimWithoutDealDays = form.reclaimWithoutDealDays();
		this.updatedAt = now;
	}

	/** The rule as plain values, for logic that needs no database. */
	public ReclaimRule reclaimRule() {
		return new ReclaimRule(reclaimAfterDays, warnDaysBefore);
	}

	public Long getId() {
		return id;
	}

	public Integer getReclaimAfterDays() {
		return reclaimAfterDays;
	}

	public Integer getWarnDaysBefore() {
		return warnDaysBefore;
	}

	public Integer getClaimCooldownDays() {
		return claimCooldownDays;
	}

	public Integer getMaxOwned() {
		return maxOwned;
	}

	public Integer getReclaimWithoutDealDays() {
		return reclaimWithoutDealDays;
	}

	public long getVersion() {
		return version;
	}
}
