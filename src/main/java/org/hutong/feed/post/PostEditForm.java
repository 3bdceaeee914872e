package org.hutong.feed.post;

/** The text to put in place of a post's, sent from its page within the edit window. */
public record PostEditForm(String body) {
}
