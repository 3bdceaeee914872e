package org.hutong.feed.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.hutong.customers.FollowUpDigest;
import org.hutong.customers.FollowUpLine;
import org.hutong.feed.post.Post;
import org.hutong.feed.post.PostRepository;
import org.hutong.feed.post.PostText;
import org.hutong.identity.SignedInUser;
import org.hutong.web.EnterpriseZone;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a new 日报 / 周报 starts with: the author's follow-ups and posts of the period so far, one line
 * each, in the author's language, under 今日完成. The author edits it before submitting; nothing is
 * sent until they do.
 */
@Component
@Transactional(readOnly = true)
class ReportDraft {

	/** How much of a follow-up or a post a line quotes. */
	static final int QUOTED = 60;

	private final FollowUpDigest followUps;

	private final PostRepository posts;

	private final MessageSource messages;

	private final Clock clock;

	ReportDraft(FollowUpDigest followUps, PostRepository posts, MessageSource messages, Clock clock) {
		this.followUps = followUps;
		this.posts = posts;
		this.messages = messages;
		this.clock = clock;
	}

	/** The form for the period that holds today, its 完成 filled from the period's work. */
	ReportForm of(SignedInUser me, String period, Locale locale) {
		ReportForm blank = ReportForm.blank(period);
		ReportPeriod chosen = blank.periodOrDaily();
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		LocalDate start = chosen.start(today);
		Instant from = start.atStartOfDay(EnterpriseZone.DEFAULT).toInstant();
		Instant to = today.plusDays(1).atStartOfDay(EnterpriseZone.DEFAULT).toInstant();
		DateTimeFormatter time = DateTimeFormatter.ofPattern(chosen == ReportPeriod.DAILY ? "HH:mm" : "MM-dd HH:mm")
			.withZone(EnterpriseZone.DEFAULT);
		StringJoiner done = new StringJoiner("\n");
		List<FollowUpLine> logged = followUps.writtenBy(me.userId(), from, to);
		if (!logged.isEmpty()) {
			done.add(msg("report.draft.followUps", locale, logged.size()));
			logged.forEach(line -> done.add(msg("report.draft.followUp", locale, time.format(line.occurredAt()),
					line.customerName(), msg("followUp.type." + line.type(), locale), quoted(line.content()))));
		}
		List<Post> posted = posts.findFirst50ByAuthorIdAndKindAndDeletedAtIsNullAndCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderByCreatedAtAsc(
				me.userId(), Post.Kind.POST, from, to);
		if (!posted.isEmpty()) {
			done.add(msg("report.draft.posts", locale, posted.size()));
			posted.forEach(post -> done.add(msg("report.draft.post", locale, time.format(post.getCreatedAt()),
					quoted(new PostText(post.getBody()).excerpt()))));
		}
		return new ReportForm(blank.period(), done.toString(), "", "");
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private static String quoted(String text) {
		String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
		return flat.length() <= QUOTED ? flat : flat.substring(0, QUOTED) + "…";
	}
}
