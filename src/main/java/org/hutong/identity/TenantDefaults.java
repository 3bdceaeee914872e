package org.hutong.identity;

/**
 * What a module sets up for every new enterprise (its default lists, say). {@link Onboarding} calls
 * each such bean inside the new tenant, in the same transaction that creates its administrator, so
 * an enterprise never exists half set up. Modules that depend on identity implement it.
 */
public interface TenantDefaults {

	/** Creates the defaults in the current tenant. */
	void seed();
}
