package org.hutong.sales.tender;

import java.util.List;

import org.hutong.identity.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of 招投标 offered to roles; which tenders a holder sees is the role's data scope. */
@Configuration(proxyBeanMethods = false)
public class TenderPermissions {

	/** See tenders: one's own, those of the owners the data scope shows, and those of deals one may see. */
	public static final String READ = "sales.tenders.read";

	/** Record and work tenders one may see: dates, bond, decision, files, the result. */
	public static final String WRITE = "sales.tenders.write";

	public static final String MAY_READ = "hasAuthority('" + READ + "')";

	public static final String MAY_WRITE = "hasAuthority('" + WRITE + "')";

	@Bean
	static PermissionSet salesTenderPermissionSet() {
		return new PermissionSet("sales-tenders", List.of(READ, WRITE));
	}
}
