package org.hutong.feed.mention;

import java.util.List;
import java.util.Locale;

import org.hutong.customers.naming.Pinyin;
import org.hutong.identity.OrgChart;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Colleagues to @-mention while typing: active people of the enterprise whose name, username, full
 * pinyin or pinyin initials start with (or, for names, contain) what was typed — 王芳 for
 * {@code 王}, {@code wang}, {@code wf} or {@code sales}.
 */
@Service
public class MentionCandidates {

	public static final int LIMIT = 8;

	/**
	 * Pinyin by name: a pure function of the name, and every keystroke tests every colleague, so each
	 * name is spelled once (bounded; names are shared by nobody's data, only their spelling is kept).
	 */
	private static final Cache<String, String[]> SPELLINGS = Caffeine.newBuilder().maximumSize(100_000).build();

	private final OrgChart org;

	MentionCandidates(OrgChart org) {
		this.org = org;
	}

	public List<OrgChart.Member> matching(String typed) {
		String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
		return org.members().stream().filter(m -> matches(m, q)).limit(LIMIT).toList();
	}

	static boolean matches(OrgChart.Member member, String q) {
		if (q.isEmpty()) {
			return true;
		}
		String[] pinyin = pinyin(member.displayName());
		return member.displayName().toLowerCase(Locale.ROOT).contains(q)
				|| member.username().toLowerCase(Locale.ROOT).startsWith(q) || pinyin[0].startsWith(q)
				|| pinyin[1].startsWith(q);
	}

	/** Full pinyin and initials of a person's name, the surname read as a surname (曾 → zeng). */
	static String[] pinyin(String name) {
		return SPELLINGS.get(name, person -> new String[] { Pinyin.fullOfPerson(person), Pinyin.initialsOfPerson(person) });
	}
}
