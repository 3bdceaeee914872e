package org.hutong.feed.post;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The text of a post or comment: the #话题 and @mentions in it, a plain excerpt, and its HTML. The
 * HTML escapes every character the user typed and only adds links of its own — to http(s) URLs,
 * topics and mentioned people — so no markup a user writes ever reaches the page. Line breaks stay
 * as they are; the page shows them with {@code white-space: pre-line}.
 */
public final class PostText {

	public static final int MAX_LENGTH = 5000;

	public static final int EXCERPT_LENGTH = 80;

	/** {@code #话题#} (as on 微博) or {@code #word} ended by anything not a letter or digit. */
	private static final Pattern TOPIC = Pattern.compile("#([^#\\s<>&\"'@]{1,30})#|#([\\p{L}\\p{N}_]{1,20})");

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'\\u3000-\\u303f\\uff00-\\uffef]{1,500}",
			Pattern.CASE_INSENSITIVE);

	private final String text;

	public PostText(String text) {
		this.text = text == null ? "" : text;
	}

	/** The topics, lower-cased, in order of appearance. */
	public Set<String> topics() {
		Set<String> topics = new LinkedHashSet<>();
		Matcher urls = URL.matcher(text);
		String withoutUrls = urls.replaceAll(" ");
		Matcher matcher = TOPIC.matcher(withoutUrls);
		while (matcher.find()) {
			topics.add(topic(matcher));
		}
		return topics;
	}

	/** The names (display names or usernames) from {@code candidates} written after an {@code @}, longest match each. */
	public Set<String> mentionedNames(Collection<String> candidates) {
		Set<String> names = new LinkedHashSet<>();
		for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
			String name = longestAt(at + 1, candidates);
			if (name != null) {
				names.add(name);
			}
		}
		return names;
	}

	/** The start of the text on one line, for notifications and titles. */
	public String excerpt() {
		String flat = text.replaceAll("\\s+", " ").strip();
		return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH) + "…";
	}

	/**
	 * Escaped HTML with links added: URLs open in a new tab, topics go to their stream, and names in
	 * {@code mentions} (name → user id) go to that person's posts.
	 */
	public String html(Map<String, Long> mentions) {
		StringBuilder html = new StringBuilder(text.length() + 64);
		Matcher url = URL.matcher(text);
		Matcher topic = TOPIC.matcher(text);
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if ((c == 'h' || c == 'H') && url.region(i, text.length()).lookingAt()) {
				String href = HtmlUtils.htmlEscape(url.group());
				html.append("<a href=\"").append(href).append("\" rel=\"noopener nofollow\" target=\"_blank\">")
					.append(href).append("</a>");
				i = url.end();
			}
			else if (c == '#' && topic.region(i, text.length()).lookingAt()) {
				String name = topic(topic);
				html.append("<a class=\"topic\" href=\"/feed?topic=")
					.append(HtmlUtils.htmlEscape(URLEncoder.encode(name, StandardCharsets.UTF_8))).append("\">")
					.append(HtmlUtils.htmlEscape(topic.group())).append("</a>");
				i = topic.end();
			}
			else if (c == '@' && longestAt(i + 1, mentions.keySet()) != null) {
				String name = longestAt(i + 1, mentions.keySet());
				html.append("<a class=\"mention\" href=\"/feed?author=").append(mentions.get(name)).append("\">@")
					.append(HtmlUtils.htmlEscape(name)).append("</a>");
				i += name.length() + 1;
			}
			else {
				html.append(HtmlUtils.htmlEscape(String.valueOf(c)));
				i++;
			}
		}
		return html.toString();
	}

	private String longestAt(int start, Collection<String> candidates) {
		String best = null;
		for (String name : candidates) {
			if (!name.isEmpty() && text.startsWith(name, start) && (best == null || name.length() > best.length())) {
				best = name;
			}
		}
		return best;
	}

	private static String topic(Matcher matcher) {
		String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
		return name.toLowerCase(Locale.ROOT);
	}
}
