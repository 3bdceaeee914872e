package org.hutong.tenancy;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How a scheduled run does its work: in each active enterprise in turn, inside that enterprise's
 * tenant context, so one enterprise failing is logged and does not stop the rest. Not transactional
 * itself: each enterprise's work opens its own transaction.
 */
@Component
public class EveryEnterprise {

	private static final Logger log = LoggerFactory.getLogger(EveryEnterprise.class);

	private final Tenants tenants;

	EveryEnterprise(Tenants tenants) {
		this.tenants = tenants;
	}

	/** @param run names the run in the log line of an enterprise that failed */
	public void forEachActive(String run, Consumer<Tenant> work) {
		tenants.all().stream().filter(Tenant::isActive).forEach(tenant -> runIn(tenant, run, work));
	}

	private static void runIn(Tenant tenant, String run, Consumer<Tenant> work) {
		try {
			TenantContext.runAs(tenant.getId(), () -> work.accept(tenant));
		}
		catch (RuntimeException failed) {
			log.warn("{} failed in tenant {}", run, tenant.getId(), failed);
		}
	}
}
