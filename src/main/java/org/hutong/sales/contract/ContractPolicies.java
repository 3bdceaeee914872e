package org.hutong.sales.contract;

import java.time.Clock;
import java.util.Objects;

import org.hutong.tenancy.TenantJdbc;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 合同设置 of the current enterprise: read by whoever numbers a contract or sends a morning reminder,
 * changed by those with {@code sales.contracts.settings}. The row is made with the defaults on its
 * first save (or when the term templates are first seeded), once even when two nodes try at the same
 * moment; a changed rule numbers new contracts only.
 */
@Service
@Transactional
public class ContractPolicies {

	private final ContractPolicyRepository policies;

	private final TenantJdbc jdbc;

	private final Clock clock;

	ContractPolicies(ContractPolicyRepository policies, TenantJdbc jdbc, Clock clock) {
		this.policies = policies;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The enterprise's settings, the defaults while it never saved any. */
	@Transactional(readOnly = true)
	public ContractPolicy current() {
		return policies.findFirstByIdIsNotNull().orElseGet(ContractPolicy::defaults);
	}

	/** 到期提醒提前天数: how many days before its end an effective contract's owner is told. */
	@Transactional(readOnly = true)
	public int expiryDays() {
		return current().getExpiryDays();
	}

	/** 回款提醒提前天数: how many days before its due day a term's owner is told. */
	@Transactional(readOnly = true)
	public int dueSoonDays() {
		return current().getDueSoonDays();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(ContractPermissions.MAY_SET)
	public ContractPolicyForm form() {
		return ContractPolicyForm.of(current());
	}

	/**
	 * Saves settings the form checked already, if the version edited is still current (a stale one is
	 * a 409); a page shown before the enterprise had a row edited version 0.
	 */
	@PreAuthorize(ContractPermissions.MAY_SET)
	public void save(ContractPolicyForm form) {
		ContractPolicy policy = locked();
		long edited = form.version() == null ? 0 : form.version();
		if (!Objects.equals(edited, policy.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(ContractPolicy.class, policy.getId());
		}
		policy.set(form, clock.instant());
	}

	/** The enterprise's row under a lock until the transaction ends, made with the defaults when it has none. */
	ContractPolicy locked() {
		// two nodes may insert at once: the unique tenant lets one row in, the other insert does nothing
		jdbc.sql("""
				INSERT INTO sales_contract_policy (tenant_id, number_prefix, number_date, number_digits, expiry_days,
				  due_soon_days, templates_seeded, updated_at, version)
				VALUES (:tenantId, :prefix, :date, :digits, :expiry, :soon, FALSE, CURRENT_TIMESTAMP, 0) ON CONFLICT DO NOTHING""")
			.param("prefix", NumberRule.DEFAULT.prefix())
			.param("date", NumberRule.DEFAULT.datePart().name())
			.param("digits", NumberRule.DEFAULT.digits())
			.param("expiry", ContractPolicy.DEFAULT_EXPIRY_DAYS)
			.param("soon", ContractPolicy.DEFAULT_DUE_SOON_DAYS)
			.update();
		return policies.lockCurrent().orElseThrow();
	}

	/** Marks the templates seeded without touching the version: a settings page open meanwhile stays current. */
	void templatesSeeded(ContractPolicy policy) {
		jdbc.sql("UPDATE sales_contract_policy SET templates_seeded = TRUE WHERE tenant_id = :tenantId AND id = :id")
			.param("id", policy.getId()).update();
	}
}
