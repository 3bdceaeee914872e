package org.hutong.projects.plan;

import java.util.List;

/**
 * Why a plan cannot be scheduled, in a shape pages and the API localise themselves: the message key
 * {@code projects.plan.refusal.<code>} takes the arguments (item names, dates, days) in order, and
 * the item ids say which bars to mark.
 */
public record PlanRefusal(Code code, List<String> itemIds, List<Object> arguments) {

	public enum Code {

		DUPLICATE_ITEM("duplicate-item"), UNKNOWN_ITEM("unknown-item"), UNKNOWN_PHASE("unknown-phase"),
		NOT_A_PHASE("not-a-phase"), SELF_DEPENDENCY("self-dependency"), NO_DURATION("no-duration"),
		BAD_DURATION("bad-duration"), END_BEFORE_START("end-before-start"), LAG_TOO_NEGATIVE("lag-too-negative"),
		CYCLE("cycle"), STARTS_BEFORE_PREDECESSOR("starts-before-predecessor"),
		TASK_STARTS_BEFORE_PHASE("task-starts-before-phase"), TASK_ENDS_AFTER_PHASE("task-ends-after-phase");

		private final String key;

		Code(String key) {
			this.key = key;
		}

		public String messageKey() {
			return "projects.plan.refusal." + key;
		}
	}

	public PlanRefusal {
		itemIds = List.copyOf(itemIds);
		arguments = List.copyOf(arguments);
	}

	static PlanRefusal of(Code code, List<String> itemIds, Object... arguments) {
		return new PlanRefusal(code, itemIds, List.of(arguments));
	}

	public String messageKey() {
		return code.messageKey();
	}

	public Object[] messageArguments() {
		return arguments.toArray();
	}
}
