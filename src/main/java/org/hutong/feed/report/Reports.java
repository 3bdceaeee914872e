package org.hutong.feed.report;

import java.sql.Date;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading reports: their fields for a page of posts, and the read receipts of those who open them. */
@Service
@Transactional
public class Reports {

	private final TenantJdbc jdbc;

	private final Colleagues colleagues;

	private final Clock clock;

	Reports(TenantJdbc jdbc, Colleagues colleagues, Clock clock) {
		this.jdbc = jdbc;
		this.colleagues = colleagues;
		this.clock = clock;
	}

	/** The reports among these posts, by post id; readers are listed for the viewer's own reports only. */
	@Transactional(readOnly = true)
	public Map<Long, ReportView> of(long viewerId, Collection<Long> postIds) {
		Map<Long, ReportView> byPost = new HashMap<>();
		if (postIds.isEmpty()) {
			return byPost;
		}
		jdbc.sql("SELECT id, post_id, author_id, period, period_start, done, plan, problems FROM feed_report "
				+ "WHERE tenant_id = :tenantId AND post_id IN (:ids)")
			.param("ids", postIds)
			.query((rs, n) -> {
				long id = rs.getLong("id");
				List<String> readers = rs.getLong("author_id") == viewerId ? readers(id) : List.of();
				return byPost.put(rs.getLong("post_id"), new ReportView(id, ReportPeriod.valueOf(rs.getString("period")),
						rs.getObject("period_start", java.time.LocalDate.class), rs.getString("done"),
						rs.getString("plan"), rs.getString("problems"), readers));
			})
			.list();
		return byPost;
	}

	/** Notes that the user read the report of this post, unless it is theirs or they read it before. */
	public void markRead(SignedInUser reader, long postId) {
		jdbc.sql("INSERT INTO feed_report_read (tenant_id, report_id, user_id, read_at) SELECT r.tenant_id, r.id, :userId, :at "
				+ "FROM feed_report r WHERE r.tenant_id = :tenantId AND r.post_id = :postId AND r.author_id <> :userId "
				+ "AND NOT EXISTS (SELECT 1 FROM feed_report_read x WHERE x.tenant_id = :tenantId AND x.report_id = r.id "
				+ "AND x.user_id = :userId)")
			.param("userId", reader.userId())
			.param("postId", postId)
			.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
	}

	/** When each of these people submitted a report for the period, if they did (and it is still there). */
	@Transactional(readOnly = true)
	public Map<Long, Submission> submissions(ReportPeriod period, java.time.LocalDate start, Collection<Long> people) {
		Map<Long, Submission> byAuthor = new HashMap<>();
		if (people.isEmpty()) {
			return byAuthor;
		}
		jdbc.sql("SELECT r.author_id, r.post_id, r.submitted_at FROM feed_report r JOIN feed_post p ON p.id = r.post_id "
				+ "AND p.tenant_id = r.tenant_id WHERE r.tenant_id = :tenantId AND r.period = :period "
				+ "AND r.period_start = :start AND r.author_id IN (:people) AND p.deleted_at IS NULL")
			.param("period", period.name())
			.param("start", Date.valueOf(start))
			.param("people", people)
			.query((rs, n) -> byAuthor.put(rs.getLong(1),
					new Submission(rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant())))
			.list();
		return byAuthor;
	}

	/** A submitted report: its post and when. */
	public record Submission(long postId, java.time.Instant at) {
	}

	private List<String> readers(long reportId) {
		List<Long> ids = new ArrayList<>(jdbc.sql("SELECT user_id FROM feed_report_read WHERE tenant_id = :tenantId "
				+ "AND report_id = :id ORDER BY id")
			.param("id", reportId)
			.query(Long.class)
			.list());
		Map<Long, String> names = colleagues.names(ids);
		return ids.stream().map(id -> names.getOrDefault(id, "")).toList();
	}
}
