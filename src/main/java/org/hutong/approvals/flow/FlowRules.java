package org.hutong.approvals.flow;

/**
 * The flow-wide rules applied when approvers are resolved.
 *
 * @param submitterIsApprover approver = submitter: skip them, or send to their leader instead
 * @param repeatedApprover the same approver again: approve once for all later nodes, only when
 * consecutive, or never merge
 * @param noApprover nobody resolved for a node: pass it, reject the request, or ask the flow's admin
 * @param withdrawal when the submitter may still 撤回: any time before the end, only before an
 * approver has approved a step, or never
 */
public record FlowRules(SubmitterIsApprover submitterIsApprover, RepeatedApprover repeatedApprover,
		NoApprover noApprover, Withdrawal withdrawal) {

	public enum SubmitterIsApprover {
		AUTO_PASS, TO_LEADER
	}

	public enum RepeatedApprover {
		ONCE_ALL, ONCE_CONSECUTIVE, NEVER
	}

	public enum NoApprover {
		AUTO_PASS, REJECT, TO_ADMIN
	}

	public enum Withdrawal {
		BEFORE_END, BEFORE_ANY_APPROVAL, NEVER
	}

	public FlowRules {
		submitterIsApprover = submitterIsApprover == null ? SubmitterIsApprover.AUTO_PASS : submitterIsApprover;
		repeatedApprover = repeatedApprover == null ? RepeatedApprover.NEVER : repeatedApprover;
		noApprover = noApprover == null ? NoApprover.TO_ADMIN : noApprover;
		withdrawal = withdrawal == null ? Withdrawal.BEFORE_END : withdrawal;
	}

	/** The rules of approvers, the submitter's 撤回 as before (any time before the end). */
	public FlowRules(SubmitterIsApprover submitterIsApprover, RepeatedApprover repeatedApprover, NoApprover noApprover) {
		this(submitterIsApprover, repeatedApprover, noApprover, null);
	}

	public static FlowRules defaults() {
		return new FlowRules(null, null, null, null);
	}
}
