package org.hutong.feed.post;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hutong.feed.image.FileView;
import org.hutong.feed.image.PostAttachments;
import org.hutong.feed.like.Likes;
import org.hutong.feed.report.ReportView;
import org.hutong.feed.report.Reports;
import org.hutong.shared.SubjectRef;
import org.hutong.feed.subject.RecordSubjects;
import org.hutong.identity.OrgChart;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns rows into {@link PostView}s for one viewer, a page at a time: names, files, likes and
 * mentions are each fetched once per page, never per post. System posts are written here, in the
 * reader's language, from their message key.
 */
@Component
class PostViews {

	private final OrgChart org;

	private final PostRows rows;

	private final PostAttachments attachments;

	private final Likes likes;

	private final Rendering rendering;

	PostViews(OrgChart org, PostRows rows, PostAttachments attachments, Likes likes, Rendering rendering) {
		this.org = org;
		this.rows = rows;
		this.attachments = attachments;
		this.likes = likes;
		this.rendering = rendering;
	}

	/** What rendering needs besides the rows, bundled to keep the constructor short. */
	@Component
	record Rendering(RecordSubjects subjects, MessageSource messages, Mentions mentions, Clock clock, Reports reports) {
	}

	List<PostView> of(Viewer viewer, List<PostRow> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		List<Long> ids = page.stream().map(PostRow::id).toList();
		Map<Long, Set<Long>> mentioned = rows.mentionsOf(ids);
		Map<Long, OrgChart.Member> members = org.members(people(page, mentioned));
		Map<Long, ReportView> reports = page.stream().anyMatch(PostRow::report)
				? rendering.reports().of(viewer.userId(), ids) : Map.of();
		Batch batch = new Batch(viewer, members, mentioned, attachments.of(ids),
				likes.likedBy(viewer.userId(), ids), reports, new HashMap<>(), LocaleContextHolder.getLocale());
		return page.stream().map(row -> view(batch, row)).toList();
	}

	/** Whom the page names: authors, the people mentioned, and those a system post speaks of. */
	private static Set<Long> people(List<PostRow> page, Map<Long, Set<Long>> mentioned) {
		Set<Long> people = new HashSet<>();
		page.forEach(row -> people.add(row.authorId()));
		mentioned.values().forEach(people::addAll);
		page.stream()
			.filter(row -> row.system() && row.systemArgs() != null)
			.flatMap(row -> Arrays.stream(row.systemArgs().split("\t", -1)))
			.filter(arg -> arg.matches("user:\\d{1,18}"))
			.forEach(arg -> people.add(Long.parseLong(arg.substring(5))));
		return people;
	}

	/** What a page of posts needs, each fetched once for the page. */
	private record Batch(Viewer viewer, Map<Long, OrgChart.Member> members, Map<Long, Set<Long>> mentioned,
			Map<Long, List<FileView>> files, Set<Long> liked, Map<Long, ReportView> reports,
			Map<SubjectRef, RecordSubjects.Link> links, Locale locale) {
	}

	private PostView view(Batch batch, PostRow row) {
		List<FileView> all = batch.files().getOrDefault(row.id(), List.of());
		RecordSubjects.Link link = row.subject() == null ? null
				: batch.links().computeIfAbsent(row.subject(), ref -> rendering.subjects().link(ref).orElse(null));
		Map<String, Long> names = rendering.mentions().names(batch.mentioned().getOrDefault(row.id(), Set.of()),
				batch.members());
		String html = row.system() ? systemText(row, link, batch.members(), batch.locale())
				: new PostText(row.body()).html(names);
		OrgChart.Member author = batch.members().get(row.authorId());
		Viewer viewer = batch.viewer();
		return new PostView(row.id(), row.authorId(), author == null ? "" : author.displayName(), row.system(),
				row.system() ? html : row.body(), html, row.audience(),
				row.subject() == null ? null : row.subject().toString(), link,
				all.stream().filter(FileView::image).toList(), all.stream().filter(f -> !f.image()).toList(),
				row.likeCount(), row.commentCount(), batch.liked().contains(row.id()), mayEdit(viewer, row),
				!row.system() && row.authorId() == viewer.userId() || viewer.isAdmin(), row.createdAt(),
				row.editedAt(), batch.reports().get(row.id()));
	}

	private boolean mayEdit(Viewer viewer, PostRow row) {
		return Post.Kind.POST.name().equals(row.kind()) && row.authorId() == viewer.userId()
				&& !rendering.clock().instant().isAfter(row.createdAt().plus(Post.EDIT_WINDOW));
	}

	private static String personName(String id, Map<Long, OrgChart.Member> members) {
		OrgChart.Member member = id.matches("\\d{1,18}") ? members.get(Long.parseLong(id)) : null;
		return member == null ? "" : member.displayName();
	}

	/** The system post's sentence; arguments written {@code msg:key} are message keys themselves, {@code user:id} people. */
	private String systemText(PostRow row, RecordSubjects.Link link, Map<Long, OrgChart.Member> members, Locale locale) {
		String[] args = row.systemArgs() == null || row.systemArgs().isEmpty() ? new String[0]
				: row.systemArgs().split("\t", -1);
		Object[] resolved = new Object[args.length + 1];
		resolved[0] = link == null ? "" : link.label();
		for (int i = 0; i < args.length; i++) {
			resolved[i + 1] = args[i].startsWith("msg:")
					? rendering.messages().getMessage(args[i].substring(4), null, args[i], locale)
					: args[i].startsWith("user:") ? personName(args[i].substring(5), members) : args[i];
		}
		return HtmlUtils.htmlEscape(rendering.messages().getMessage(row.systemKey(), resolved, row.systemKey(), locale));
	}
}
