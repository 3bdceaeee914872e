package org.hutong.feed.post;

import java.time.Instant;

import org.hutong.shared.SubjectRef;

/** A post as the stream reads it, before names, files and links are added. */
public record PostRow(long id, long authorId, String kind, String body, Audience audience, SubjectRef subject,
		String systemKey, String systemArgs, int commentCount, int likeCount, Instant createdAt, Instant editedAt) {

	public boolean report() {
		return Post.Kind.REPORT.name().equals(kind);
	}

	public boolean system() {
		return Post.Kind.SYSTEM.name().equals(kind);
	}
}
