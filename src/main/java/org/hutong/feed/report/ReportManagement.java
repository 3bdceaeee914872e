package org.hutong.feed.report;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hutong.feed.PostPublished;
import org.hutong.feed.post.Post;
import org.hutong.feed.post.PostRepository;
import org.hutong.feed.post.PostRows;
import org.hutong.feed.post.PostText;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.web.EnterpriseZone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Submitting a 日报 or 周报: one per person and period, posted for the leaders of the author's
 * department and of every department above it (nobody else sees it; with no leader above, only
 * the author). It shows in the feed like any post, so comments and likes work on it too.
 */
@Service
@Transactional
public class ReportManagement {

	private final PostRepository posts;

	private final PostRows rows;

	private final OrgChart org;

	private final TenantJdbc jdbc;

	private final Support support;

	ReportManagement(PostRepository posts, PostRows rows, OrgChart org, TenantJdbc jdbc, Support support) {
		this.posts = posts;
		this.rows = rows;
		this.org = org;
		this.jdbc = jdbc;
		this.support = support;
	}

	/** Events and the time, bundled to keep the constructor short. */
	@Component
	record Support(ApplicationEventPublisher events, Clock clock) {
	}

	/** Submits the report and answers its post's id, or {@code null} with the reasons in {@code errors}. */
	public Long submit(SignedInUser me, ReportForm form, Errors errors) {
		ReportPeriod period = form.periodOrDaily();
		Instant now = support.clock().instant();
		LocalDate start = period.start(LocalDate.ofInstant(now, EnterpriseZone.DEFAULT));
		if (!errors.hasFieldErrors("done") && (form.done() == null || form.done().isBlank())) {
			errors.rejectValue("done", "report.done.required");
		}
		if (submitted(me.userId(), period, start)) {
			errors.reject("report.already." + period);
		}
		if (errors.hasErrors()) {
			return null;
		}
		String body = Stream.of(form.done(), form.plan(), form.problems())
			.filter(text -> text != null && !text.isBlank())
			.map(String::strip)
			.collect(Collectors.joining("\n\n"));
		Post post = posts.save(Post.report(me.userId(), body, now));
		List<Long> leaders = org.leadersAbove(me.userId());
		rows.audience(post.getId(), Set.of(), leaders);
		jdbc.sql("INSERT INTO feed_report (tenant_id, post_id, author_id, period, period_start, done, plan, problems, "
				+ "submitted_at) VALUES (:tenantId, :postId, :authorId, :period, :start, :done, :plan, :problems, :at)")
			.param("postId", post.getId())
			.param("authorId", me.userId())
			.param("period", period.name())
			.param("start", Date.valueOf(start))
			.param("done", form.done().strip())
			.param("plan", clean(form.plan()))
			.param("problems", clean(form.problems()))
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		support.events().publishEvent(new PostPublished(me.tenantId(), post.getId(), me.userId(), Set.of(), null,
				new PostText(body).excerpt()));
		return post.getId();
	}

	/** Whether the person has a report for the period that is still there. */
	boolean submitted(long userId, ReportPeriod period, LocalDate start) {
		return jdbc.sql("SELECT COUNT(*) FROM feed_report r JOIN feed_post p ON p.id = r.post_id AND p.tenant_id = r.tenant_id "
				+ "WHERE r.tenant_id = :tenantId AND r.author_id = :userId AND r.period = :period AND r.period_start = :start "
				+ "AND p.deleted_at IS NULL")
			.param("userId", userId)
			.param("period", period.name())
			.param("start", Date.valueOf(start))
			.query(Long.class)
			.single() > 0;
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
