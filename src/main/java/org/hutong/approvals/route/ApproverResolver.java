package org.hutong.approvals.route;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.approvals.flow.ApproverSource;
import org.hutong.identity.OrgChart;
import org.springframework.stereotype.Component;

/**
 * The people a source names, through identity: always active users of the current enterprise (the
 * organisation queries are tenant-scoped, and ids are checked against the active members), so a user of
 * another enterprise written into a definition or a form value is never chosen. Unreadable form values
 * resolve to nobody.
 */
@Component
class ApproverResolver {

	private final OrgChart org;

	ApproverResolver(OrgChart org) {
		this.org = org;
	}

	List<Long> resolve(String nodeId, List<ApproverSource> sources, Submission submission) {
		Set<Long> ids = new LinkedHashSet<>();
		sources.forEach(source -> ids.addAll(candidates(nodeId, source, submission)));
		return active(ids);
	}

	/** Those of the ids who are active users of this enterprise, in order. */
	List<Long> active(Collection<Long> ids) {
		Map<Long, OrgChart.Member> members = org.members(ids);
		return ids.stream().filter(members::containsKey).distinct().toList();
	}

	/** The submitter's direct leader, if any (for the rule "approver = submitter → their leader"). */
	List<Long> directLeader(long userId) {
		return org.leadersAbove(userId).stream().limit(1).toList();
	}

	private List<Long> candidates(String nodeId, ApproverSource source, Submission submission) {
		return switch (source.kind()) {
			case USERS -> source.userIds();
			case ROLE -> org.activeWithRole(source.roleId());
			case LEADER -> leaderAt(submission.submitterId(), source.level());
			case LEADERS_UP_TO -> leadersUpTo(submission.submitterId(), source.level(), source.roleId());
			case DEPARTMENT_LEADER -> org.leaderOf(source.departmentId()).stream().toList();
			case FORM_PERSON -> ids(submission.values().get(source.fieldKey()));
			case FORM_DEPARTMENT -> ids(submission.values().get(source.fieldKey())).stream()
				.flatMap(department -> org.leaderOf(department).stream())
				.toList();
			case SUBMITTER_PICKS -> submission.picks().getOrDefault(nodeId, List.of());
		};
	}

	private List<Long> leaderAt(long userId, Integer level) {
		List<Long> above = org.leadersAbove(userId);
		return level != null && level >= 1 && above.size() >= level ? List.of(above.get(level - 1)) : List.of();
	}

	/** 连续多级主管: from the direct leader up, N levels, or up to (and with) the first holding the role. */
	private List<Long> leadersUpTo(long userId, Integer level, Long roleId) {
		List<Long> above = org.leadersAbove(userId);
		if (roleId == null) {
			return above.subList(0, Math.min(above.size(), level == null ? 0 : Math.max(level, 0)));
		}
		Set<Long> holders = Set.copyOf(org.activeWithRole(roleId));
		List<Long> chain = new ArrayList<>();
		for (Long leader : above) {
			chain.add(leader);
			if (holders.contains(leader)) {
				break;
			}
		}
		return chain;
	}

	/** User or department ids from a form value: a number, a numeric text, or a list of them. */
	static List<Long> ids(Object value) {
		List<Long> ids = new ArrayList<>();
		if (value instanceof Collection<?> values) {
			values.forEach(v -> ids.addAll(ids(v)));
		}
		else if (value != null) {
			var number = Conditions.number(value);
			if (number != null && number.signum() > 0 && number.stripTrailingZeros().scale() <= 0 && number.toBigInteger().bitLength() < 63) {
				ids.add(number.longValueExact());
			}
		}
		return ids;
	}
}
