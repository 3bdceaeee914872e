package org.hutong.platform.enterprises;

import java.util.function.LongConsumer;

import org.hutong.identity.AuditAction;
import org.hutong.identity.AuditLog;
import org.hutong.identity.Onboarding;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantCodeTaken;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.hutong.web.RecordNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the platform operator does to enterprises: create one with its first administrator, suspend
 * and resume it. Each action is logged and written to the affected enterprise's own audit log.
 */
@Service
class EnterpriseManagement {

	private static final Logger log = LoggerFactory.getLogger(EnterpriseManagement.class);

	private static final int MAX_ACTOR_NAME = 50;

	private final Tenants tenants;

	private final Onboarding onboarding;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	EnterpriseManagement(Tenants tenants, Onboarding onboarding, AuditLog audit, TransactionTemplate transactions) {
		this.tenants = tenants;
		this.onboarding = onboarding;
		this.audit = audit;
		this.transactions = transactions;
	}

	/** Who acted, and from where: the operator's name and the client address. */
	record Actor(String operator, String address) {
	}

	/**
	 * Registers the enterprise, then sets it up inside its own tenant. The two cannot share one
	 * transaction: a Hibernate session is bound to one tenant when it opens, and the new tenant's id is
	 * only known once registered. So a failed set-up discards the registration again.
	 */
	Tenant create(EnterpriseForm form, Actor actor) {
		Tenant tenant = register(form);
		try {
			TenantContext.runAs(tenant.getId(), () -> transactions.executeWithoutResult(status -> {
				onboarding.setUp(form.adminUsername(), form.adminDisplayName(), form.adminPassword());
				record(actor, AuditAction.TENANT_CREATED, tenant, "administrator " + form.adminUsername());
			}));
		}
		catch (RuntimeException ex) {
			discard(tenant, ex);
			throw ex;
		}
		log.info("Platform operator '{}' from {} created enterprise '{}' (id {}) with administrator '{}'",
				actor.operator(), actor.address(), tenant.getCode(), tenant.getId(), form.adminUsername());
		return tenant;
	}

	Tenant suspend(long id, Actor actor) {
		return change(id, actor, AuditAction.TENANT_SUSPENDED, tenants::suspend);
	}

	Tenant resume(long id, Actor actor) {
		return change(id, actor, AuditAction.TENANT_RESUMED, tenants::resume);
	}

	private Tenant register(EnterpriseForm form) {
		try {
			return tenants.create(form.code(), form.name());
		}
		catch (DataIntegrityViolationException race) {
			throw new TenantCodeTaken(form.code());
		}
	}

	private void discard(Tenant tenant, RuntimeException cause) {
		try {
			tenants.discard(tenant.getId());
		}
		catch (RuntimeException ex) {
			cause.addSuppressed(ex);
			log.error("Enterprise '{}' (id {}) was registered but not set up, and could not be discarded",
					tenant.getCode(), tenant.getId(), ex);
		}
	}

	/** Switches the enterprise and audits it in one transaction, inside that enterprise. */
	private Tenant change(long id, Actor actor, AuditAction action, LongConsumer transition) {
		Tenant tenant = tenants.findById(id).orElseThrow(RecordNotFound::new);
		TenantContext.runAs(id, () -> transactions.executeWithoutResult(status -> {
			transition.accept(id);
			record(actor, action, tenant, null);
		}));
		log.info("Platform operator '{}' from {}: {} enterprise '{}' (id {})", actor.operator(), actor.address(),
				action, tenant.getCode(), id);
		return tenant;
	}

	private void record(Actor actor, AuditAction action, Tenant tenant, String detail) {
		String name = "platform:" + actor.operator();
		audit.record(null, name.length() <= MAX_ACTOR_NAME ? name : name.substring(0, MAX_ACTOR_NAME), action,
				tenant.getCode(), detail);
	}
}
