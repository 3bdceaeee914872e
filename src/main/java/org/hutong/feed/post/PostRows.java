package org.hutong.feed.post;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.stereotype.Component;

/** The rows that hang off a post — audience, topics, mentions — written and read in batches. */
@Component
public class PostRows {

	/** The size of {@code feed_post_topic.topic}. */
	static final int TOPIC_LENGTH = 40;

	private final TenantJdbc jdbc;

	PostRows(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	public void audience(long postId, Collection<Long> departmentIds, Collection<Long> userIds) {
		List<Map<String, Object>> rows = new ArrayList<>();
		departmentIds.forEach(d -> rows.add(audienceRow(postId, d, null)));
		userIds.forEach(u -> rows.add(audienceRow(postId, null, u)));
		if (!rows.isEmpty()) {
			jdbc.batch(TenantContext.require(), "INSERT INTO feed_post_audience (tenant_id, post_id, department_id, user_id) "
					+ "VALUES (:tenantId, :postId, :departmentId, :userId)", rows);
		}
	}

	/** The departments and people a post is for. */
	record AudienceRows(Set<Long> departmentIds, Set<Long> userIds) {
	}

	AudienceRows audienceOf(long postId) {
		List<Long[]> rows = jdbc.sql("SELECT department_id, user_id FROM feed_post_audience "
				+ "WHERE tenant_id = :tenantId AND post_id = :postId")
			.param("postId", postId)
			.query((rs, n) -> new Long[] { (Long) rs.getObject(1, Long.class), (Long) rs.getObject(2, Long.class) })
			.list();
		Set<Long> departments = new LinkedHashSet<>();
		Set<Long> users = new LinkedHashSet<>();
		rows.forEach(r -> {
			if (r[0] != null) {
				departments.add(r[0]);
			}
			if (r[1] != null) {
				users.add(r[1]);
			}
		});
		return new AudienceRows(departments, users);
	}

	void topics(long postId, Collection<String> topics) {
		jdbc.sql("DELETE FROM feed_post_topic WHERE tenant_id = :tenantId AND post_id = :postId")
			.param("postId", postId)
			.update();
		List<Map<String, Object>> rows = topics.stream()
			.map(topic -> Map.<String, Object>of("postId", postId, "topic", topic))
			.toList();
		if (!rows.isEmpty()) {
			jdbc.batch(TenantContext.require(),
					"INSERT INTO feed_post_topic (tenant_id, post_id, topic) VALUES (:tenantId, :postId, :topic)", rows);
		}
	}

	/** Replaces the post's own mentions (a comment's, when {@code commentId} is set, are added). */
	void mentions(long postId, Long commentId, Collection<Long> userIds) {
		if (commentId == null) {
			jdbc.sql("DELETE FROM feed_mention WHERE tenant_id = :tenantId AND post_id = :postId AND comment_id IS NULL")
				.param("postId", postId)
				.update();
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Long user : userIds) {
			Map<String, Object> row = new HashMap<>();
			row.put("postId", postId);
			row.put("commentId", commentId);
			row.put("userId", user);
			rows.add(row);
		}
		if (!rows.isEmpty()) {
			jdbc.batch(TenantContext.require(), "INSERT INTO feed_mention (tenant_id, post_id, comment_id, user_id) "
					+ "VALUES (:tenantId, :postId, :commentId, :userId)", rows);
		}
	}

	/** Mentioned people of the posts' own text, by post id. */
	Map<Long, Set<Long>> mentionsOf(Collection<Long> postIds) {
		Map<Long, Set<Long>> byPost = new HashMap<>();
		if (postIds.isEmpty()) {
			return byPost;
		}
		jdbc.sql("SELECT post_id, user_id FROM feed_mention WHERE tenant_id = :tenantId AND post_id IN (:ids) "
				+ "AND comment_id IS NULL")
			.param("ids", postIds)
			.query((rs, n) -> byPost.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2)))
			.list();
		return byPost;
	}

	/** Everyone the comments of a post mention. */
	public Set<Long> commentMentionsOf(long postId) {
		return new LinkedHashSet<>(jdbc.sql("SELECT user_id FROM feed_mention WHERE tenant_id = :tenantId "
				+ "AND post_id = :postId AND comment_id IS NOT NULL")
			.param("postId", postId)
			.query(Long.class)
			.list());
	}

	private static Map<String, Object> audienceRow(long postId, Long departmentId, Long userId) {
		Map<String, Object> row = new HashMap<>();
		row.put("postId", postId);
		row.put("departmentId", departmentId);
		row.put("userId", userId);
		return row;
	}
}
