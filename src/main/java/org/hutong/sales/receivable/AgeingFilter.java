package org.hutong.sales.receivable;

/** How the ageing is grouped (客户 · 负责人 · 部门; 客户 unless chosen) and narrowed: one customer, one 负责人, one department. */
public record AgeingFilter(GroupBy groupBy, Long customer, Long owner, Long dept) {

	public enum GroupBy {
		CUSTOMER, OWNER, DEPARTMENT
	}

	public AgeingFilter {
		groupBy = groupBy == null ? GroupBy.CUSTOMER : groupBy;
	}

	/** The filter as a link's query, grouped by {@code by}. */
	public Object[] query(GroupBy by) {
		return new Object[] { "groupBy", by, "customer", customer, "owner", owner, "dept", dept };
	}

	public int activeFilters() {
		return (owner == null ? 0 : 1) + (dept == null ? 0 : 1) + (customer == null ? 0 : 1);
	}

	/** The overdue list behind one bucket of one group (a group id of null: every group). */
	public ReceivableFilter drill(AgeBucket bucket, Long groupId) {
		Long byCustomer = groupBy == GroupBy.CUSTOMER && groupId != null ? groupId : customer;
		Long byOwner = groupBy == GroupBy.OWNER && groupId != null ? groupId : owner;
		Long byDept = groupBy == GroupBy.DEPARTMENT && groupId != null ? groupId : dept;
		return new ReceivableFilter(null, null, bucket, byCustomer, byOwner, byDept, null);
	}
}
