package org.hutong.feed.post;

import java.time.Instant;
import java.util.List;

import org.hutong.feed.image.FileView;
import org.hutong.feed.report.ReportView;
import org.hutong.feed.subject.RecordSubjects;

/**
 * A post as pages and the API show it. {@code html} is the text escaped with only the feed's own
 * links added ({@link PostText}); {@code text} is the plain text as written.
 *
 * @param subject the record the post is about, {@code customer:42}, or {@code null}
 * @param subjectLink its name and page, when the record still exists
 * @param report the fields of a 日报 or 周报, or {@code null} for any other post
 */
public record PostView(long id, long authorId, String authorName, boolean system, String text, String html,
		Audience audience, String subject, RecordSubjects.Link subjectLink, List<FileView> images, List<FileView> files,
		int likeCount, int commentCount, boolean likedByMe, boolean mayEdit, boolean mayDelete, Instant createdAt,
		Instant editedAt, ReportView report) {
}
