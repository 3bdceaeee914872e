/**
 * The platform operator's realm (平台运营方): the regional innovation centre's staff sign in at
 * {@code /platform/login}, apart from every enterprise, and create, suspend and resume enterprises
 * (tenants) with their first administrator. Operators carry no tenant, so they never see business
 * data; user counts come as aggregates only. Owns no tables: enterprises live in tenancy, people in
 * identity. Emits no events; operator actions are logged and audited inside the affected enterprise.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
		allowedDependencies = { "tenancy", "identity", "web" })
package org.hutong.platform;
