package org.hutong.feed.post;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.hutong.feed.PostDeleted;
import org.hutong.feed.PostPublished;
import org.hutong.feed.image.PostAttachments;
import org.hutong.files.Upload;
import org.hutong.shared.SubjectRef;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Posting, changing and deleting posts; each publishes what happened for notifications. */
@Service
@Transactional
public class PostManagement {

	private final PostRepository posts;

	private final PostRows rows;

	private final Mentions mentions;

	private final PostChecks checks;

	private final Publishing publishing;

	PostManagement(PostRepository posts, PostRows rows, Mentions mentions, PostChecks checks, Publishing publishing) {
		this.posts = posts;
		this.rows = rows;
		this.mentions = mentions;
		this.checks = checks;
		this.publishing = publishing;
	}

	/** Where events go and what time it is, bundled to keep the constructor short. */
	@Component
	record Publishing(ApplicationEventPublisher events, Clock clock, PostAttachments attachments) {
	}

	/** Publishes the post and answers its id, or {@code null} with the reasons in {@code errors}. */
	public Long publish(SignedInUser me, PostForm form, Errors errors) {
		Audience audience = checks.audience(form, errors);
		SubjectRef subject = checks.subject(me, form.subject(), errors);
		checks.body(form.body(), errors);
		List<Upload> uploads = publishing.attachments().check(form.images(), form.files(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		Post post = posts.save(new Post(me.userId(), form.body().strip(), audience,
				subject == null ? null : subject.type(), subject == null ? null : subject.id(),
				publishing.clock().instant()));
		Set<Long> departments = audience == Audience.DEPARTMENTS ? Set.copyOf(form.departmentIds()) : Set.of();
		Set<Long> people = audience == Audience.PEOPLE ? Set.copyOf(form.userIds()) : Set.of();
		rows.audience(post.getId(), departments, people);
		PostText text = new PostText(post.getBody());
		rows.topics(post.getId(), text.topics());
		Set<Long> told = mentionReaders(me, post, new PostRows.AudienceRows(departments, people), subject);
		publishing.attachments().store(me.tenantId(), post.getId(), uploads);
		publishing.events().publishEvent(new PostPublished(me.tenantId(), post.getId(), me.userId(), told,
				subject == null ? null : subject.toString(), text.excerpt()));
		return post.getId();
	}

	/** Changes the text within the edit window; topics and mentions follow the new text. */
	public void edit(SignedInUser me, long id, String body, Errors errors) {
		Post post = posts.findByIdAndDeletedAtIsNull(id).orElseThrow(RecordNotFound::new);
		checks.body(body, errors);
		if (errors.hasErrors()) {
			return;
		}
		post.edit(me.userId(), body.strip(), publishing.clock().instant());
		rows.topics(id, new PostText(post.getBody()).topics());
		SubjectRef subject = post.getSubjectType() == null ? null : new SubjectRef(post.getSubjectType(), post.getSubjectId());
		mentionReaders(me, post, rows.audienceOf(id), subject);
	}

	/** Its author or an administrator deletes the post; for anyone else it does not exist. */
	public void delete(Viewer viewer, long id) {
		Post post = posts.findByIdAndDeletedAtIsNull(id).orElseThrow(RecordNotFound::new);
		if (post.getAuthorId() != viewer.userId() && !viewer.isAdmin()) {
			throw new RecordNotFound();
		}
		post.delete(publishing.clock().instant());
		publishing.events().publishEvent(new PostDeleted(viewer.user().tenantId(), id));
	}

	private Set<Long> mentionReaders(SignedInUser me, Post post, PostRows.AudienceRows audience, SubjectRef subject) {
		List<OrgChart.Member> named = mentions.in(post.getBody());
		Set<Long> readers = mentions.whoMayRead(me, post.getAuthorId(), post.getAudience(), audience, subject, named);
		rows.mentions(post.getId(), null, named.stream().map(OrgChart.Member::id).toList());
		readers.remove(me.userId());
		return readers;
	}
}
