package org.hutong.sales.opportunity;

import java.util.List;

import org.hutong.identity.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of 商机 offered to roles; which opportunities a holder sees is the role's data scope. */
@Configuration(proxyBeanMethods = false)
public class OpportunityPermissions {

	/** See opportunities: one's own, those of the owners the data scope shows, those one is on the team of. */
	public static final String READ = "sales.opportunities.read";

	/** Create opportunities and work those one may see: edit, move between stages, win, lose, reopen. */
	public static final String WRITE = "sales.opportunities.write";

	public static final String MAY_READ = "hasAuthority('" + READ + "')";

	public static final String MAY_WRITE = "hasAuthority('" + WRITE + "')";

	@Bean
	static PermissionSet salesOpportunityPermissionSet() {
		return new PermissionSet("sales-opportunities", List.of(READ, WRITE));
	}
}
