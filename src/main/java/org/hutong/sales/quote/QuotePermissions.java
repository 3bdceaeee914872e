package org.hutong.sales.quote;

import java.util.List;

import org.hutong.identity.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of 报价单 offered to roles; which quotes a holder sees is the role's data scope. */
@Configuration(proxyBeanMethods = false)
public class QuotePermissions {

	/** See quotes: one's own, those of the owners the data scope shows, and those of deals one may see. */
	public static final String READ = "sales.quotes.read";

	/** Make quotes and work those one may see: edit, revise, ask for discount approval, send, record the answer. */
	public static final String WRITE = "sales.quotes.write";

	/** Set the discount each role may give without approval, and the letterhead quotes are printed on. */
	public static final String SETTINGS = "sales.quotes.settings";

	public static final String MAY_READ = "hasAuthority('" + READ + "')";

	public static final String MAY_WRITE = "hasAuthority('" + WRITE + "')";

	public static final String MAY_SET = "hasAuthority('" + SETTINGS + "')";

	@Bean
	static PermissionSet salesQuotePermissionSet() {
		return new PermissionSet("sales-quotes", List.of(READ, WRITE, SETTINGS));
	}
}
