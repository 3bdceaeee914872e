package org.hutong.feed.mention;

import java.util.List;

import org.hutong.identity.OrgChart;
import org.springframework.stereotype.Service;

/**
 * Colleagues to @-mention while typing, or to add in the composer's people picker: the first
 * {@link #LIMIT} active people of the enterprise the typed text finds ({@link OrgChart#matching}:
 * name, username, full pinyin or initials — 王芳 for {@code 王}, {@code wang}, {@code wf} or {@code sales}).
 */
@Service
public class MentionCandidates {

	public static final int LIMIT = 8;

	private final OrgChart org;

	MentionCandidates(OrgChart org) {
		this.org = org;
	}

	public List<OrgChart.Member> matching(String typed) {
		return org.matching(typed, LIMIT);
	}
}
