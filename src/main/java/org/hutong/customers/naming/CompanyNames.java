package org.hutong.customers.naming;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hutong.customers.region.Regions;

/**
 * Company names reduced to what tells one company from another, for duplicate warnings: 河南四达电力设备
 * 股份有限公司 and 四达电力设备有限公司 both become 四达电力设备.
 * <p>
 * A registered name is place + trade name + industry + legal form; we drop the place (a leading
 * province or city, or one in brackets anywhere: （许昌）, (中国)), the legal form at the end, and
 * every character that is not a letter or digit. 分公司 is kept: a branch is registered on its own
 * and usually is a separate customer, so 许继电气股份有限公司郑州分公司 becomes 许继电气郑州分公司, not
 * 许继电气. County names are not stripped (长安, 西湖 and 东方 are trade names too).
 * <p>
 * Equal normalised names are a strong hint, not proof: 上海电气 and 北京电气 both become 电气. Use them
 * for warnings a user can override, never to refuse a record.
 */
public final class CompanyNames {

	/** Dice score from which two names are "similar" (see {@code CompanyNamesTests} for the examples it was tuned on). */
	public static final double SIMILAR = 0.8;

	/** Legal and organisational forms, longest first; stripped repeatedly from the end, anywhere for the legal ones. */
	private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司", "股份公司");

	private static final List<String> TRAILING_FORMS = List.of("集团有限公司", "股份有限公司", "有限责任公司", "有限公司",
			"股份公司", "总公司", "有限合伙", "普通合伙", "合伙企业", "集团", "公司");

	/** English legal forms at the end, as whole words: "ABC Technology Co., Ltd." → "abc technology". */
	private static final Pattern ENGLISH_FORM = Pattern
		.compile("(?:^|[\\s,.]+)(co\\.?,?\\s*ltd|ltd|limited|inc|incorporated|corp|corporation|llc|gmbh|co)\\.?\\s*$");

	/** A bracketed group; dropped when it holds only place names. */
	private static final Pattern BRACKETS = Pattern.compile("[(\\[【〔〖]([^()\\[\\]【】〔〕〖〗]*)[)\\]】〕〖〗]");

	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** What must be left after stripping a place or a form, so 许昌公司 does not shrink to nothing. */
	private static final int MIN_LENGTH = 2;

	private CompanyNames() {
	}

	/**
	 * Text as search compares it: full-width made half-width (NFKC), lower case, every character that
	 * is not a letter or digit gone, nothing else stripped: （河南）四达·电力 → 河南四达电力. Search keys and
	 * the keywords looked up in them both go through here. {@code null} gives "".
	 */
	public static String searchable(String text) {
		if (text == null) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("");
	}

	/** The comparable core of a company name; idempotent; {@code null} or blank gives "". */
	public static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
		text = withoutPlacesInBrackets(text);
		text = withoutEnglishForms(text);
		text = NOT_LETTER_OR_DIGIT.matcher(text).replaceAll("");
		String before;
		do {
			before = text;
			text = withoutPlacePrefix(withoutTrailingForms(withoutInnerLegalForms(text)));
		}
		while (!text.equals(before));
		return text;
	}

	/**
	 * Sørensen–Dice coefficient of the character bigrams of both normalised names, 0 to 1. Bigrams
	 * suit Chinese, where one changed character of four (许继电气, 许继电器) must still count as a change.
	 */
	public static double similarity(String a, String b) {
		return similarityOfNormalised(normalise(a), normalise(b));
	}

	/** {@link #similarity} of two names {@link #normalise normalised} already, as stored with each customer. */
	public static double similarityOfNormalised(String left, String right) {
		if (left.isEmpty() || right.isEmpty()) {
			return 0;
		}
		if (left.equals(right)) {
			return 1;
		}
		Map<String, Integer> leftGrams = bigrams(left);
		Map<String, Integer> rightGrams = bigrams(right);
		int shared = 0;
		for (Map.Entry<String, Integer> gram : leftGrams.entrySet()) {
			shared += Math.min(gram.getValue(), rightGrams.getOrDefault(gram.getKey(), 0));
		}
		return 2.0 * shared / (count(leftGrams) + count(rightGrams));
	}

	/** Whether two names are similar enough to warn about a possible duplicate. */
	public static boolean areSimilar(String a, String b) {
		return similarity(a, b) >= SIMILAR;
	}

	private static String withoutPlacesInBrackets(String text) {
		Matcher group = BRACKETS.matcher(text);
		StringBuilder kept = new StringBuilder();
		while (group.find()) {
			String inside = NOT_LETTER_OR_DIGIT.matcher(group.group(1)).replaceAll("");
			group.appendReplacement(kept, isOnlyPlaces(inside) ? "" : Matcher.quoteReplacement(group.group()));
		}
		group.appendTail(kept);
		return kept.toString();
	}

	private static boolean isOnlyPlaces(String text) {
		String rest = text.startsWith("中国") ? text.substring(2) : text;
		String place;
		while (!rest.isEmpty() && (place = leadingPlace(rest)) != null) {
			rest = rest.substring(place.length());
		}
		return rest.isEmpty() && !text.isEmpty();
	}

	private static String withoutEnglishForms(String text) {
		String before;
		String stripped = text;
		do {
			before = stripped;
			stripped = ENGLISH_FORM.matcher(stripped).replaceFirst("");
		}
		while (!stripped.equals(before) && stripped.length() >= MIN_LENGTH);
		return stripped.length() >= MIN_LENGTH ? stripped : before;
	}

	/** Legal forms before a branch or office: 许继电气股份有限公司郑州分公司 → 许继电气郑州分公司. */
	private static String withoutInnerLegalForms(String text) {
		for (String form : LEGAL_FORMS) {
			int at = text.indexOf(form);
			if (at >= MIN_LENGTH && at + form.length() < text.length()) {
				return text.substring(0, at) + text.substring(at + form.length());
			}
		}
		return text;
	}

	private static String withoutTrailingForms(String text) {
		if (text.endsWith("分公司")) {
			return text;
		}
		for (String form : TRAILING_FORMS) {
			if (text.endsWith(form) && text.length() - form.length() >= MIN_LENGTH) {
				return text.substring(0, text.length() - form.length());
			}
		}
		return text;
	}

	private static String withoutPlacePrefix(String text) {
		String place = leadingPlace(text);
		if (place == null) {
			return text;
		}
		String rest = text.substring(place.length());
		// 河南集团 keeps its place: without it nothing but the legal form would be left
		return rest.length() >= MIN_LENGTH && !TRAILING_FORMS.contains(rest) ? rest : text;
	}

	/** The longest province or city name the text starts with, or null. */
	private static String leadingPlace(String text) {
		for (String place : Places.LONGEST_FIRST) {
			if (text.startsWith(place)) {
				return place;
			}
		}
		return null;
	}

	/** The bigrams of a text and how often each occurs; a one-character text is its own bigram. */
	static Map<String, Integer> bigrams(String text) {
		Map<String, Integer> grams = new HashMap<>();
		if (text.length() == 1) {
			grams.put(text, 1);
		}
		for (int i = 0; i + 1 < text.length(); i++) {
			grams.merge(text.substring(i, i + 2), 1, Integer::sum);
		}
		return grams;
	}

	private static int count(Map<String, Integer> grams) {
		return grams.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Place names, read with the region data the first time a name is normalised. */
	private static final class Places {

		static final List<String> LONGEST_FIRST = longestFirst(new Regions().placeNames());

		private static List<String> longestFirst(Set<String> names) {
			return names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
		}
	}
}
