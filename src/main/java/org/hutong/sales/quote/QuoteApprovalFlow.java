package org.hutong.sales.quote;

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
 * 报价折扣审批: the approval a quote needs when its discount is deeper than the sender may give. Every
 * enterprise gets its form and a flow to the sender's direct leader — new ones when they are made,
 * those made before at the next start. Administrators change the flow like any other: a condition
 * on 折扣率 or 报价金额 can route deep discounts or large quotes further up.
 */
@Component
@Order(12)
class QuoteApprovalFlow implements TenantDefaults, StartupSeed {

	static final String KEY = "quoteDiscount";

	static final String QUOTE = "quote";

	static final String CUSTOMER = "customer";

	static final String AMOUNT = "amount";

	static final String DISCOUNT = "discount";

	static final String LIMIT = "limit";

	static final SubjectFlow FLOW = new SubjectFlow(KEY, "报价折扣审批", "Quote discount approval", "receipt", "ZK", DISCOUNT,
			List.of(Field.record(QUOTE, QuoteLinks.KIND, "报价单", "Quote"),
					Field.of(CUSTOMER, Kind.TEXT, "客户", "Customer"),
					Field.of(AMOUNT, Kind.MONEY, "报价金额（含税）", "Quote total (with tax)"),
					Field.of(DISCOUNT, Kind.NUMBER, "折扣率 %", "Discount %"),
					Field.of(LIMIT, Kind.NUMBER, "本人折扣权限 %", "Sender's discount limit %")));

	private final Approvals approvals;

	QuoteApprovalFlow(Approvals approvals) {
		this.approvals = approvals;
	}

	/** A new enterprise gets it as it is set up; at start, every enterprise made before that lacks it. */
	@Override
	public void seed() {
		approvals.prepareEverywhere(FLOW);
	}
}
