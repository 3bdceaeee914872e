package org.hutong.customers.customer;

import java.util.List;
import java.util.function.Predicate;

import org.hutong.web.RecordTab;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The tabs of a customer's page: 时间线 · 联系人 · 详情 · 团队 · 修改记录 of its own, and whatever other
 * modules add as {@link RecordTab} beans for {@code customer} (the feed's 动态, later 商机 · 合同 · 回款 ·
 * 项目 · 审批).
 */
@Component
class CustomerTabs {

	static final String RECORD = "customer";

	private static final List<RecordTab> OWN = List.of(
			new RecordTab(RECORD, "timeline", "customer.tab.timeline", "/customers/{id}/timeline", 10, null),
			new RecordTab(RECORD, "contacts", "customer.tab.contacts", "/customers/{id}/contacts", 20, null),
			new RecordTab(RECORD, "details", "customer.tab.details", "/customers/{id}/details", 30, null),
			new RecordTab(RECORD, "team", "customer.tab.team", "/customers/{id}/team", 40, null),
			new RecordTab(RECORD, "changes", "customer.tab.changes", "/customers/{id}/changes", 50, null));

	private final List<RecordTab> contributed;

	CustomerTabs(ObjectProvider<RecordTab> contributed) {
		this.contributed = contributed.stream().toList();
	}

	List<RecordTab> visible(Predicate<String> has) {
		return RecordTab.of(RECORD, OWN, contributed, has);
	}
}
