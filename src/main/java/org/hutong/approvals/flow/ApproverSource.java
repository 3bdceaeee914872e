package org.hutong.approvals.flow;

import java.util.List;

/**
 * Where a node's approvers (or CC recipients) come from. One record for all kinds keeps the stored
 * JSON flat; each kind reads only its own fields.
 *
 * @param userIds for {@code USERS}
 * @param roleId for {@code ROLE}, and for {@code LEADERS_UP_TO} when it stops at a role
 * @param level for {@code LEADER} (1 = 直属主管) and {@code LEADERS_UP_TO}
 * @param departmentId for {@code DEPARTMENT_LEADER}
 * @param fieldKey for {@code FORM_PERSON} and {@code FORM_DEPARTMENT}
 */
public record ApproverSource(Kind kind, List<Long> userIds, Long roleId, Integer level, Long departmentId,
		String fieldKey) {

	public enum Kind {
		USERS, ROLE, LEADER, LEADERS_UP_TO, DEPARTMENT_LEADER, FORM_PERSON, FORM_DEPARTMENT, SUBMITTER_PICKS
	}

	public ApproverSource {
		userIds = userIds == null ? List.of() : List.copyOf(userIds);
	}

	public static ApproverSource users(Long... ids) {
		return new ApproverSource(Kind.USERS, List.of(ids), null, null, null, null);
	}

	public static ApproverSource role(long roleId) {
		return new ApproverSource(Kind.ROLE, null, roleId, null, null, null);
	}

	public static ApproverSource leader(int level) {
		return new ApproverSource(Kind.LEADER, null, null, level, null, null);
	}

	public static ApproverSource leadersUpTo(Integer level, Long roleId) {
		return new ApproverSource(Kind.LEADERS_UP_TO, null, roleId, level, null, null);
	}

	public static ApproverSource departmentLeader(long departmentId) {
		return new ApproverSource(Kind.DEPARTMENT_LEADER, null, null, null, departmentId, null);
	}

	public static ApproverSource formPerson(String fieldKey) {
		return new ApproverSource(Kind.FORM_PERSON, null, null, null, null, fieldKey);
	}

	public static ApproverSource formDepartment(String fieldKey) {
		return new ApproverSource(Kind.FORM_DEPARTMENT, null, null, null, null, fieldKey);
	}

	public static ApproverSource submitterPicks() {
		return new ApproverSource(Kind.SUBMITTER_PICKS, null, null, null, null, null);
	}

	/** Whether the source names where its people come from (what validation asks of every node). */
	boolean isComplete() {
		if (kind == null) {
			return false;
		}
		return switch (kind) {
			case USERS -> !userIds.isEmpty();
			case ROLE -> roleId != null;
			case LEADER -> level != null && level > 0;
			case LEADERS_UP_TO -> (level != null && level > 0) || roleId != null;
			case DEPARTMENT_LEADER -> departmentId != null;
			case FORM_PERSON, FORM_DEPARTMENT -> fieldKey != null && !fieldKey.isBlank();
			case SUBMITTER_PICKS -> true;
		};
	}
}
