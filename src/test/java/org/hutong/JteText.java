package org.hutong;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JTE template with its code taken out, so what is left is the HTML a user reads: comments, the
 * import and parameter lines at the top, expressions ({@code ${…}}, {@code $unsafe{…}}, {@code !{…}})
 * and control keywords with their conditions ({@code @if(…)}, {@code @for(…)}, {@code @template…(…)}…)
 * are removed; the HTML inside content blocks ({@code @`…`}) stays.
 */
final class JteText {

	private static final Pattern COMMENT = Pattern.compile("(?s)<%--.*?--%>");

	private static final Pattern DECLARATION = Pattern.compile("(?m)^@(import|param)\\b.*$");

	private static final Pattern KEYWORD = Pattern.compile("@(if|elseif|for|template\\.[\\w.-]+|raw)\\s*\\(|"
			+ "@(else|endif|endfor|endraw)\\b|\\$unsafe\\{|\\$\\{|!\\{|@`|`");

	private JteText() {
	}

	static String withoutCode(String template) {
		String text = DECLARATION.matcher(COMMENT.matcher(template).replaceAll("")).replaceAll("");
		StringBuilder html = new StringBuilder();
		html(text, 0, html, false);
		return html.toString();
	}

	/** Copies HTML from {@code at}, leaving code out, to the end or (in a content block) its closing backtick. */
	private static int html(String text, int at, StringBuilder html, boolean inContent) {
		Matcher keyword = KEYWORD.matcher(text);
		while (keyword.find(at)) {
			html.append(text, at, keyword.start());
			String found = keyword.group();
			if (found.equals("`")) {
				if (inContent) {
					return keyword.start();
				}
				at = keyword.end();
			}
			else if (found.equals("@`")) {
				at = html(text, keyword.end(), html, true) + 1;
			}
			else {
				char last = found.charAt(found.length() - 1);
				at = last == '(' ? code(text, keyword.end(), '(', ')', html)
						: last == '{' ? code(text, keyword.end(), '{', '}', html) : keyword.end();
			}
		}
		html.append(text.substring(at));
		return text.length();
	}

	/**
	 * Skips code to the bracket that closes the one opened before {@code from}, past Java strings and
	 * nested brackets; the HTML of a content block passed as an argument is copied.
	 */
	private static int code(String text, int from, char open, char close, StringBuilder html) {
		int depth = 1;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				i = stringEnd(text, i);
			}
			else if (c == '@' && i + 1 < text.length() && text.charAt(i + 1) == '`') {
				i = html(text, i + 2, html, true);
			}
			else if (c == open) {
				depth++;
			}
			else if (c == close && --depth == 0) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException("unclosed " + open + " at " + from);
	}

	private static int stringEnd(String text, int quote) {
		for (int i = quote + 1; i < text.length(); i++) {
			if (text.charAt(i) == '\\') {
				i++;
			}
			else if (text.charAt(i) == '"') {
				return i;
			}
		}
		return text.length();
	}
}
