package org.hutong.feed.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.feed.subject.RecordSubjects;
import org.hutong.shared.SubjectRef;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The posts of a record's feed, as a condition on {@code feed_post p}: those on the record and those
 * on the records its feed shows with it (a contract's 发货单 and 回款), each over the post's subject
 * index. Without related records it is the record's posts alone.
 */
record SubjectPosts(SubjectRef subject, List<Map.Entry<String, Set<Long>>> related) {

	static SubjectPosts of(SubjectRef subject, RecordSubjects subjects) {
		if (subject == null) {
			return null;
		}
		List<Map.Entry<String, Set<Long>>> related = new ArrayList<>();
		subjects.related(subject).forEach((type, ids) -> {
			if (!ids.isEmpty()) {
				related.add(Map.entry(type, Set.copyOf(ids)));
			}
		});
		return new SubjectPosts(subject, List.copyOf(related));
	}

	String sql() {
		StringBuilder sql = new StringBuilder(" AND (p.subject_type = :subjectType AND p.subject_id = :subjectId");
		for (int i = 0; i < related.size(); i++) {
			sql.append(" OR p.subject_type = :relatedType").append(i).append(" AND p.subject_id IN (:relatedIds").append(i)
				.append(')');
		}
		return sql.append(')').toString();
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		JdbcClient.StatementSpec bound = statement.param("subjectType", subject.type()).param("subjectId", subject.id());
		for (int i = 0; i < related.size(); i++) {
			bound = bound.param("relatedType" + i, related.get(i).getKey()).param("relatedIds" + i, related.get(i).getValue());
		}
		return bound;
	}
}
