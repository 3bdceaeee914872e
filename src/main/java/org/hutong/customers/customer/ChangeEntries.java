package org.hutong.customers.customer;

import java.util.List;

import org.hutong.customers.TimelineCursor;
import org.hutong.customers.TimelineEntry;
import org.hutong.customers.TimelineSource;
import org.hutong.identity.SignedInUser;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** 修改记录 on a customer's 时间线: "修改了电话：0371-… → 0371-…", "创建了客户", "合并了客户 …". */
@Component
class ChangeEntries implements TimelineSource {

	private final CustomerHistory history;

	ChangeEntries(CustomerHistory history) {
		this.history = history;
	}

	@Override
	public String kind() {
		return "change";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<TimelineEntry> entries(SignedInUser viewer, long customerId, TimelineCursor before, int limit) {
		return history.older(customerId, before == null ? null : before.at(), before == null ? 0 : before.idBelow(kind()),
				limit)
			.stream()
			.map(change -> new TimelineEntry(kind(), change.id(), change.occurredAt(), change.actorName(),
					summary(change), null, null, List.of()))
			.toList();
	}

	private static MessageSourceResolvable summary(CustomerChangeView change) {
		if (CustomerChange.CREATED.equals(change.field())) {
			return message("timeline.change.created");
		}
		if ("merged".equals(change.field())) {
			return message("timeline.change.merged", change.newValue());
		}
		return message("timeline.change.field", message("customer." + change.field()), value(change, change.oldValue()),
				value(change, change.newValue()));
	}

	private static Object value(CustomerChangeView change, String shown) {
		if (shown == null) {
			return message("customer.changes.blank");
		}
		return change.coded() ? message("customer." + change.field() + "." + shown) : shown;
	}

	private static MessageSourceResolvable message(String key, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { key }, args, "??" + key + "??");
	}
}
