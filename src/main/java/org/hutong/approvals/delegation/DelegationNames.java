package org.hutong.approvals.delegation;

import java.util.Map;

import org.hutong.identity.OrgChart;

/** The names the delegation page shows; a colleague no longer active is shown by a dash. */
public record DelegationNames(Map<Long, OrgChart.Member> members) {

	public String of(long userId) {
		OrgChart.Member member = members.get(userId);
		return member == null ? "—" : member.displayName();
	}
}
