package org.hutong.shared;

/**
 * Anything that carries its enterprise with it: events, jobs, cache keys. Listeners restore the
 * tenant from here, never from the thread that happened to publish.
 */
public interface TenantScoped {

	long tenantId();
}
