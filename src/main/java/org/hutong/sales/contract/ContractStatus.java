package org.hutong.sales.contract;

/**
 * Where a contract stands: 草稿 → 审批中 → 已生效 → 执行中 → 已完成 / 已终止. Only an approved contract takes
 * effect; a rejected or withdrawn approval returns it to 草稿. Labels: {@code contract.status.<name>}.
 */
public enum ContractStatus {
	DRAFT, APPROVING, EFFECTIVE, EXECUTING, COMPLETED, TERMINATED;

	/** Whether it binds: approved and not terminated — what a customer's contracted sum adds up. */
	public boolean binding() {
		return this == EFFECTIVE || this == EXECUTING || this == COMPLETED;
	}

	/** Whether its header and lines may still change in place (after effect a change is a 补充协议). */
	public boolean editable() {
		return this == DRAFT;
	}
}
