package org.hutong.feed.post;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.shared.SubjectRef;
import org.hutong.feed.subject.RecordSubjects;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Who a text @-mentions, and which of them may read the post: a mention never widens a post's
 * audience, so people outside it are mentioned in the text but not told.
 */
@Component
public class Mentions {

	private final OrgChart org;

	private final RecordSubjects subjects;

	private final UserDetailsService users;

	private final PostRows rows;

	Mentions(OrgChart org, RecordSubjects subjects, UserDetailsService users, PostRows rows) {
		this.org = org;
		this.subjects = subjects;
		this.users = users;
		this.rows = rows;
	}

	/**
	 * Records who a comment on the post mentions and answers those of them to tell: who may read
	 * the post, other than the commenter.
	 */
	public Set<Long> inComment(SignedInUser me, PostRow post, long commentId, String text) {
		List<OrgChart.Member> named = in(text);
		rows.mentions(post.id(), commentId, named.stream().map(OrgChart.Member::id).toList());
		Set<Long> readers = whoMayRead(me, post.authorId(), post.audience(), rows.audienceOf(post.id()), post.subject(),
				named);
		readers.remove(me.userId());
		return readers;
	}

	/** The active people the text mentions, by display name or username. */
	public List<OrgChart.Member> in(String text) {
		List<OrgChart.Member> members = org.members();
		Map<String, OrgChart.Member> byName = new HashMap<>();
		members.forEach(m -> byName.put(m.username(), m));
		members.forEach(m -> byName.put(m.displayName(), m));
		Set<OrgChart.Member> found = new LinkedHashSet<>();
		new PostText(text).mentionedNames(byName.keySet()).forEach(name -> found.add(byName.get(name)));
		return List.copyOf(found);
	}

	/** Of these people, those who may read a post with this audience and record. */
	public Set<Long> whoMayRead(SignedInUser author, long authorId, Audience audience, PostRows.AudienceRows rows,
			SubjectRef subject, Collection<OrgChart.Member> people) {
		Set<Long> readers = new LinkedHashSet<>();
		for (OrgChart.Member person : people) {
			if (person.id() == authorId || (inAudience(person, audience, rows) && mayReadRecord(author, person, subject))) {
				readers.add(person.id());
			}
		}
		return readers;
	}

	/** Names and usernames of the people the post's comments mention, each to their id. */
	public Map<String, Long> inCommentsOf(long postId) {
		Set<Long> named = rows.commentMentionsOf(postId);
		return names(named, org.members(named));
	}

	/** Display names and usernames of these people, each to their id, for rendering links. */
	public Map<String, Long> names(Collection<Long> ids, Map<Long, OrgChart.Member> members) {
		Map<String, Long> names = new HashMap<>();
		ids.stream().map(members::get).filter(m -> m != null).forEach(m -> {
			names.put(m.username(), m.id());
			names.put(m.displayName(), m.id());
		});
		return names;
	}

	private boolean inAudience(OrgChart.Member person, Audience audience, PostRows.AudienceRows rows) {
		return switch (audience) {
			case ENTERPRISE -> true;
			case PEOPLE -> rows.userIds().contains(person.id());
			case DEPARTMENTS -> org.selfAndAbove(person.departmentId()).stream().anyMatch(rows.departmentIds()::contains);
		};
	}

	private boolean mayReadRecord(SignedInUser author, OrgChart.Member person, SubjectRef subject) {
		if (subject == null) {
			return true;
		}
		SignedInUser them = (SignedInUser) users
			.loadUserByUsername(SignedInUser.qualifiedName(author.tenantCode(), person.username()));
		return subjects.canRead(them, subject);
	}
}
