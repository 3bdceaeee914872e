/**
 * Enterprises (tenants) and the isolation of their data. Aggregate: {@link org.hutong.tenancy.Tenant}.
 * Isolation lives here in one place: Hibernate's tenant discriminator fed by {@link TenantContext},
 * and {@link TenantJdbc} for hand-written SQL. Knows nothing of users or business records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy")
package org.hutong.tenancy;
