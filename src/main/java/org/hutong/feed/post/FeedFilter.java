package org.hutong.feed.post;

import java.util.Locale;

import org.hutong.shared.SubjectRef;
import org.hutong.shared.Texts;

/**
 * What part of the feed to show: a view ({@code all}, {@code mine}, {@code mentions}), a topic, a
 * record, one person's posts, words in the text; {@code after} is the cursor of "load more".
 */
public record FeedFilter(String view, String topic, String subject, Long author, String q, Long after) {

	public static FeedFilter all() {
		return new FeedFilter(null, null, null, null, null, null);
	}

	public FeedFilter {
		view = view == null ? "all" : view.strip().toLowerCase(Locale.ROOT);
		topic = Texts.clean(topic) == null ? null : Texts.clean(topic).replaceFirst("^#", "").toLowerCase(Locale.ROOT);
		subject = Texts.clean(subject);
		q = Texts.clean(q);
	}

	public boolean mine() {
		return "mine".equals(view);
	}

	public boolean mentions() {
		return "mentions".equals(view);
	}

	public SubjectRef subjectRef() {
		return SubjectRef.parse(subject).orElse(null);
	}

	public FeedFilter after(Long cursor) {
		return new FeedFilter(view, topic, subject, author, q, cursor);
	}

	/** Whether anything narrows the stream, so the empty state can say "nothing matches". */
	public boolean narrowed() {
		return !"all".equals(view) || topic != null || subject != null || author != null || q != null;
	}
}
