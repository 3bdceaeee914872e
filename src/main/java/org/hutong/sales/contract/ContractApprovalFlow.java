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
 * 合同审批: every contract goes through it before it takes effect. Every enterprise gets its form and a
 * flow to the submitter's direct leader — new ones when they are made, those made before at the next
 * start. Administrators change the flow like any other: conditions on 合同金额, 折扣率 or 客户级别 can
 * route large or deeply discounted contracts further up (to finance, to the general manager).
 */
@Component
@Order(13)
class ContractApprovalFlow implements TenantDefaults, StartupSeed {

	static final String KEY = "contract";

	static final String CONTRACT = "contract";

	static final String CUSTOMER = "customer";

	static final String LEVEL = "level";

	static final String AMOUNT = "amount";

	static final String DISCOUNT = "discount";

	static final SubjectFlow FLOW = new SubjectFlow(KEY, "合同审批", "Contract approval", "receipt", "HTSP", AMOUNT,
			List.of(Field.record(CONTRACT, ContractLinks.KIND, "合同", "Contract"),
					Field.of(CUSTOMER, Kind.TEXT, "客户", "Customer"),
					Field.of(LEVEL, Kind.TEXT, "客户级别", "Customer level"),
					Field.of(AMOUNT, Kind.MONEY, "合同金额（含税，折合人民币）", "Contract amount (with tax, in CNY)"),
					Field.of(DISCOUNT, Kind.NUMBER, "折扣率 %", "Discount %")));

	private final Approvals approvals;

	ContractApprovalFlow(Approvals approvals) {
		this.approvals = approvals;
	}

	/** A new enterprise gets it as it is set up; at start, every enterprise made before that lacks it. */
	@Override
	public void seed() {
		approvals.prepareEverywhere(FLOW);
	}
}
