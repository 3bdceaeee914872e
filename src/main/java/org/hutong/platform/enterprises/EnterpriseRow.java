package org.hutong.platform.enterprises;

import java.time.ZonedDateTime;
import java.util.Map;

import org.hutong.tenancy.Tenant;
import org.hutong.web.EnterpriseZone;

/** One enterprise in the operator's list: who it is, whether it may work, how many accounts it has. */
public record EnterpriseRow(long id, String code, String name, boolean active, long users, ZonedDateTime createdAt) {

	static EnterpriseRow of(Tenant tenant, Map<Long, Long> usersPerTenant) {
		return new EnterpriseRow(tenant.getId(), tenant.getCode(), tenant.getName(), tenant.isActive(),
				usersPerTenant.getOrDefault(tenant.getId(), 0L), tenant.getCreatedAt().atZone(EnterpriseZone.DEFAULT));
	}
}
