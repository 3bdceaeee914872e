package org.hutong.feed.like;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.feed.PostLiked;
import org.hutong.feed.post.FeedReader;
import org.hutong.feed.post.PostRow;
import org.hutong.feed.post.Viewer;
import org.hutong.identity.Colleagues;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.web.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 点赞: one like per person and post (a unique key), the post's count moved by an atomic
 * {@code like_count = like_count ± 1} only when a row really went in or out, so concurrent likes
 * never lose or double a count.
 */
@Service
@Transactional
public class Likes {

	private final TenantJdbc jdbc;

	private final FeedReader reader;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Colleagues colleagues;

	Likes(TenantJdbc jdbc, FeedReader reader, ApplicationEventPublisher events, Clock clock, Colleagues colleagues) {
		this.jdbc = jdbc;
		this.reader = reader;
		this.events = events;
		this.clock = clock;
		this.colleagues = colleagues;
	}

	/** Someone who liked a post. */
	public record Liker(long userId, String name) {
	}

	/** Likes the post (again liking it changes nothing); answers the new count. */
	public int like(Viewer viewer, long postId) {
		PostRow post = reader.one(viewer, postId).orElseThrow(RecordNotFound::new);
		int added = jdbc.sql("INSERT INTO feed_like (tenant_id, post_id, user_id, created_at) "
				+ "VALUES (:tenantId, :postId, :userId, :at) ON CONFLICT DO NOTHING")
			.param("postId", postId)
			.param("userId", viewer.userId())
			.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
		if (added > 0) {
			move(postId, "+ 1");
			events.publishEvent(new PostLiked(viewer.user().tenantId(), postId, post.authorId(), viewer.userId()));
		}
		return count(postId);
	}

	/** Takes the like back, if there was one; answers the new count. */
	public int unlike(Viewer viewer, long postId) {
		reader.one(viewer, postId).orElseThrow(RecordNotFound::new);
		int removed = jdbc.sql("DELETE FROM feed_like WHERE tenant_id = :tenantId AND post_id = :postId AND user_id = :userId")
			.param("postId", postId)
			.param("userId", viewer.userId())
			.update();
		if (removed > 0) {
			move(postId, "- 1");
		}
		return count(postId);
	}

	/** Who liked the post, first liker first. */
	@Transactional(readOnly = true)
	public List<Liker> likers(Viewer viewer, long postId) {
		reader.one(viewer, postId).orElseThrow(RecordNotFound::new);
		List<Long> ids = jdbc.sql("SELECT user_id FROM feed_like WHERE tenant_id = :tenantId AND post_id = :postId ORDER BY id")
			.param("postId", postId)
			.query(Long.class)
			.list();
		Map<Long, String> names = colleagues.names(ids);
		return ids.stream().map(id -> new Liker(id, names.getOrDefault(id, ""))).toList();
	}

	/** Which of these posts the user liked. */
	@Transactional(readOnly = true)
	public Set<Long> likedBy(long userId, Collection<Long> postIds) {
		if (postIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("SELECT post_id FROM feed_like WHERE tenant_id = :tenantId AND user_id = :userId "
				+ "AND post_id IN (:ids)")
			.param("userId", userId)
			.param("ids", postIds)
			.query(Long.class)
			.list());
	}

	private void move(long postId, String delta) {
		jdbc.sql("UPDATE feed_post SET like_count = like_count " + delta + " WHERE tenant_id = :tenantId AND id = :id")
			.param("id", postId)
			.update();
	}

	private int count(long postId) {
		return jdbc.sql("SELECT like_count FROM feed_post WHERE tenant_id = :tenantId AND id = :id")
			.param("id", postId)
			.query(Integer.class)
			.single();
	}
}
