package org.hutong.sales.contract;

import java.util.List;

import org.hutong.approvals.Approvals;
import org.hutong.approvals.SubjectFlow;
import org.hutong.approvals.SubjectFlow.Field;
import org.hutong.approvals.SubjectFlow.Kind;
import org.hutong.identity.TenantDefaults;
import org.hutong.shared.StartupSeed;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 补充协议审批: a change to a contract in effect is approved on its own before it applies — by default
 * by the submitter's direct leader; conditions on the new amount or the difference can route it
 * further, like the 合同审批.
 */
@Component
@Order(14)
class AmendmentApprovalFlow implements TenantDefaults, StartupSeed {

	static final String KEY = "contractAmendment";

	static final String CONTRACT = "contract";

	static final String AMOUNT = "amount";

	static final String DIFFERENCE = "difference";

	static final String REASON = "reason";

	static final SubjectFlow FLOW = new SubjectFlow(KEY, "补充协议审批", "Contract amendment approval", "receipt", "BCXY",
			AMOUNT,
			List.of(Field.record(CONTRACT, ContractLinks.KIND, "合同", "Contract"),
					Field.of(AMOUNT, Kind.MONEY, "变更后合同金额（含税，折合人民币）", "Amount after the change (with tax, in CNY)"),
					Field.of(DIFFERENCE, Kind.MONEY, "变更金额（折合人民币）", "Difference (in CNY)"),
					Field.of(REASON, Kind.LONG_TEXT, "变更原因", "Reason")));

	private final Approvals approvals;

	AmendmentApprovalFlow(Approvals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void seed() {
		approvals.prepareEverywhere(FLOW);
	}
}
