package org.hutong.sales.contract;

import java.util.List;

import org.hutong.identity.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of 合同 offered to roles; which contracts a holder sees is the role's data scope. */
@Configuration(proxyBeanMethods = false)
public class ContractPermissions {

	/** See contracts: one's own and those of the owners the data scope shows. */
	public static final String READ = "sales.contracts.read";

	/** Make contracts from quotes and deals, edit drafts, submit them for approval, delete drafts. */
	public static final String WRITE = "sales.contracts.write";

	/** Confirm or reject the receipts recorded under contracts (财务): only confirmed receipts count as collected. */
	public static final String CONFIRM_RECEIPTS = "sales.receipts.confirm";

	/** Record the invoices finance issued against invoice requests, reject requests, void invoices (财务). */
	public static final String ISSUE_INVOICES = "sales.invoices.issue";

	/** 合同设置: the enterprise's contract numbers, term templates and reminder days. */
	public static final String SETTINGS = "sales.contracts.settings";

	public static final String MAY_READ = "hasAuthority('" + READ + "')";

	public static final String MAY_WRITE = "hasAuthority('" + WRITE + "')";

	public static final String MAY_CONFIRM_RECEIPTS = "hasAuthority('" + CONFIRM_RECEIPTS + "')";

	public static final String MAY_ISSUE_INVOICES = "hasAuthority('" + ISSUE_INVOICES + "')";

	public static final String MAY_SET = "hasAuthority('" + SETTINGS + "')";

	/** Receipts are recorded by the contract's side or by finance. */
	public static final String MAY_RECORD_RECEIPTS = MAY_WRITE + " or " + MAY_CONFIRM_RECEIPTS;

	@Bean
	static PermissionSet salesContractPermissionSet() {
		return new PermissionSet("sales-contracts", List.of(READ, WRITE, CONFIRM_RECEIPTS, ISSUE_INVOICES, SETTINGS));
	}
}
