package org.hutong.feed.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment, or with {@code parentId} a reply to one. */
public record CommentForm(@NotBlank @Size(max = Comment.MAX_LENGTH) String body, Long parentId) {

	public static CommentForm blank() {
		return new CommentForm("", null);
	}
}
