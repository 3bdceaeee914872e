package org.hutong.feed.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.hutong.customers.CustomerDirectory;
import org.hutong.feed.comment.CommentForm;
import org.hutong.feed.comment.CommentManagement;
import org.hutong.feed.like.Likes;
import org.hutong.feed.post.PostForm;
import org.hutong.feed.post.PostManagement;
import org.hutong.feed.post.Viewers;
import org.hutong.feed.report.ReportForm;
import org.hutong.feed.report.ReportManagement;
import org.hutong.feed.system.SystemPost;
import org.hutong.feed.system.SystemPosts;
import org.hutong.identity.OrgChart;
import org.hutong.identity.Roles;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.hutong.shared.StartupSeed;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Demo mode: grants the demo roles the feed's rights and, while the {@code demo} enterprise has no
 * posts, writes three weeks of its 动态 — bids, commissioning on site, substations, quality checks —
 * with topics, mentions, comments and likes, posts on some of 王芳's customers, and a week of 日报, made through the real use cases and
 * then back-dated.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("hutong.demo")
class FeedDemoData implements StartupSeed {

	private static final Set<String> EVERYONE = Set.of("feed.read", "feed.post");

	private final Tenants tenants;

	private final Roles roles;

	private final Writers writers;

	private final Lookups lookups;

	private final TransactionTemplate transactions;

	FeedDemoData(Tenants tenants, Roles roles, Writers writers, Lookups lookups, TransactionTemplate transactions) {
		this.tenants = tenants;
		this.roles = roles;
		this.writers = writers;
		this.lookups = lookups;
		this.transactions = transactions;
	}

	/** The use cases the demo writes through, bundled to keep the constructor short. */
	@Component
	record Writers(PostManagement posts, CommentManagement comments, Likes likes, ReportManagement reports,
			SystemPosts system) {
	}

	/** Who is who, and the SQL to back-date what was written. */
	@Component
	record Lookups(TenantJdbc jdbc, OrgChart org, Viewers viewers, UserDetailsService users,
			CustomerDirectory customers) {
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce())));
	}

	private void seedOnce() {
		List.of("销售总监", "销售代表", "研发工程师", "财务专员").forEach(role -> roles.grant(role, EVERYONE));
		Long posts = lookups.jdbc().sql("SELECT COUNT(*) FROM feed_post WHERE tenant_id = :tenantId").query(Long.class).single();
		if (posts > 0) {
			return;
		}
		Instant now = Instant.now();
		List<DemoPosts.Plan> plans = DemoPosts.plans();
		for (DemoPosts.Plan plan : plans) {
			Instant at = now.minus(Duration.ofHours(plan.hoursAgo()));
			SignedInUser author = user(plan.author());
			List<Long> departments = lookups.org().units().stream().filter(u -> plan.departments().contains(u.name()))
				.map(OrgChart.Unit::id).toList();
			PostForm form = new PostForm(plan.text(), plan.audience(), departments, List.of(), null, List.of(), List.of());
			Long id = writers.posts().publish(author, form, new BeanPropertyBindingResult(form, "form"));
			if (id == null) {
				continue;
			}
			backdate("feed_post", id, at);
			for (int c = 0; c < plan.comments().size(); c++) {
				String[] comment = plan.comments().get(c);
				CommentForm commentForm = new CommentForm(comment[1], null);
				Long commentId = writers.comments().add(user(comment[0]), id, commentForm,
						new BeanPropertyBindingResult(commentForm, "form"));
				if (commentId != null) {
					backdate("feed_comment", commentId, at.plus(Duration.ofMinutes(20L * (c + 1))));
				}
			}
			plan.likers().forEach(liker -> writers.likes().like(lookups.viewers().of(user(liker)), id));
		}
		reports(now);
		customerPosts(now);
	}

	/** Posts on a few of 王芳's customers: her own notes and what the system wrote when she visited. */
	private void customerPosts(Instant now) {
		SignedInUser sales = user("sales");
		List<Long> mine = java.util.stream.LongStream.rangeClosed(1, 60)
			.boxed()
			.filter(id -> lookups.customers().find(id).filter(c -> Long.valueOf(sales.userId()).equals(c.ownerId())).isPresent())
			.limit(3)
			.toList();
		String[] notes = { "客户确认了 10kV 环网柜的技术参数，下周安排厂内验收。#现场调试",
				"对方物资部提出要看同类变电站的业绩表，已整理发出。#投标", "质检报告已送达客户，客户对出厂试验视频很认可。#质检" };
		for (int i = 0; i < mine.size(); i++) {
			long customer = mine.get(i);
			Instant at = now.minus(Duration.ofDays(3L + i));
			lookups.customers().find(customer).ifPresent(c -> writers.system().write(new SystemPost(sales.tenantId(),
					sales.userId(), "customer", customer, "feed.system.followUp", List.of("msg:feed.system.followUp.VISIT"),
					"demo:followUp:" + customer, at.minus(Duration.ofHours(2)))));
			PostForm form = new PostForm(notes[i], "ENTERPRISE", List.of(), List.of(), "customer:" + customer, List.of(),
					List.of());
			Long id = writers.posts().publish(sales, form, new BeanPropertyBindingResult(form, "form"));
			if (id != null) {
				backdate("feed_post", id, at);
			}
		}
	}

	/** A week of 日报 from both sales reps, for their director to read. */
	private void reports(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, EnterpriseZone.DEFAULT);
		for (int day = 7; day >= 1; day--) {
			LocalDate date = today.minusDays(day);
			if (date.getDayOfWeek().getValue() > 5) {
				continue;
			}
			for (String username : List.of("sales", "sales2")) {
				String[] text = DemoPosts.report(username, day);
				ReportForm form = new ReportForm("DAILY", text[0], text[1], text[2]);
				Long id = writers.reports().submit(user(username), form, new BeanPropertyBindingResult(form, "form"));
				if (id != null) {
					Instant at = date.atTime(17, 30 + day).atZone(EnterpriseZone.DEFAULT).toInstant();
					backdate("feed_post", id, at);
					lookups.jdbc().sql("UPDATE feed_report SET period_start = :day, submitted_at = :at "
							+ "WHERE tenant_id = :tenantId AND post_id = :id")
						.param("day", java.sql.Date.valueOf(date))
						.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
						.param("id", id)
						.update();
				}
			}
		}
	}

	private SignedInUser user(String username) {
		return (SignedInUser) lookups.users().loadUserByUsername(SignedInUser.qualifiedName("demo", username));
	}

	private void backdate(String table, long id, Instant at) {
		lookups.jdbc()
			.sql("UPDATE " + table + " SET created_at = :at WHERE tenant_id = :tenantId AND id = :id")
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("id", id)
			.update();
	}
}
