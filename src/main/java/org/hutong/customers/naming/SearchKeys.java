package org.hutong.customers.naming;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.hutong.shared.CreditCode;
import org.hutong.shared.Pinyin;

/**
 * The keys a customer is found by in the search index ({@code customers_search_key}), and how a
 * keyword is looked up in them. A keyword matches when it is the start of one of the customer's keys,
 * so every lookup is one index range, whatever the table's size:
 * <ul>
 * <li>text: every suffix of the {@link CompanyNames#searchable searchable} name, short name and
 * {@link CompanyNames#normalise normalised} name, cut to {@link #LENGTH} characters, so 鑫泰 finds
 * 河南鑫泰电力设备有限公司 and 四达电力设备有限公司 finds 四达电力设备股份有限公司;</li>
 * <li>pinyin: the name's full pinyin from each syllable on ({@link Pinyin#syllables}, so polyphones
 * read as the name reads them), cut the same way: {@code xintai} and {@code tai} find 鑫泰, while
 * {@code intai}, which starts inside a syllable, does not;</li>
 * <li>initials: every suffix of the name's pinyin initials, so {@code sddl} finds 四达电力;</li>
 * <li>the credit code, whole, behind a {@code #} no keyword can contain.</li>
 * </ul>
 * A lead is found by its company name's keys and by its {@link #mobile mobile}, whole, behind a
 * {@code +}: a keyword is folded to letters and digits, so it reaches those keys only by equality.
 * A key that starts another key of the same customer finds nothing that one does not, so it is left out.
 * A keyword longer than {@link #LENGTH} is looked up by its first {@code LENGTH} characters, and the
 * customers found must then match the whole keyword ({@link Lookup#verify}).
 * <p>
 * The range {@code key >= prefix AND key < prefix || U+FFFF} is exactly "starts with prefix" when
 * strings compare by code point (PostgreSQL's C and C.UTF-8 collations; H2 and Java compare UTF-16
 * units): keys hold no U+FFFF, and characters beyond U+FFFF, which UTF-16 and UTF-8 order differently,
 * are stored as U+FFFD (a keyword with one is always verified).
 */
public final class SearchKeys {

	/** Characters a text, pinyin or initials key is cut to: 8 hanzi, or about three syllables of pinyin. */
	public static final int LENGTH = 8;

	/** Sorts after every character a key holds; see the class comment. */
	public static final char BEYOND = '\uFFFF';

	private static final char CODE_MARK = '#';

	private static final char MOBILE_MARK = '+';

	private static final char OUTSIDE_BMP = '\uFFFD';

	private SearchKeys() {
	}

	/**
	 * A keyword as the index answers it: key prefixes, and {@code code}, a whole key looked up by
	 * equality (a customer's credit code, a lead's mobile); {@code prefixes} empty and {@code code} null:
	 * nothing to look up.
	 */
	public record Lookup(List<String> prefixes, String code, boolean verify) {

		/** Whether the index can answer at all; a keyword of punctuation only cannot. */
		public boolean indexed() {
			return !prefixes.isEmpty() || code != null;
		}
	}

	/** The deduplicated keys of a customer with this name, short name and credit code (both may be null). */
	public static Set<String> of(String name, String shortName, String creditCode) {
		TreeSet<String> keys = new TreeSet<>();
		suffixes(bmp(CompanyNames.searchable(name)), keys);
		suffixes(bmp(CompanyNames.searchable(shortName)), keys);
		suffixes(bmp(CompanyNames.normalise(name)), keys);
		suffixes(bmp(Pinyin.initials(name)), keys);
		syllableSuffixes(Pinyin.syllables(name), keys);
		withoutCovered(keys);
		String code = CreditCode.normalise(creditCode);
		if (code != null && !code.isEmpty() && code.length() <= CreditCode.LENGTH) {
			keys.add(CODE_MARK + code);
		}
		return keys;
	}

	/**
	 * The key a mobile is found by, or {@code null} without one. Whole: a lead's mobile was always
	 * matched exactly, and a part of a number says little about whose it is.
	 */
	public static String mobile(String mobile) {
		return mobile == null || mobile.isEmpty() ? null : MOBILE_MARK + mobile;
	}

	/** How to look a search keyword up; see {@link Lookup}. */
	public static Lookup lookup(String keyword) {
		Set<String> prefixes = new LinkedHashSet<>();
		boolean verify = false;
		for (String text : List.of(CompanyNames.searchable(keyword), CompanyNames.normalise(keyword))) {
			String folded = bmp(text);
			verify |= folded.length() > LENGTH || folded.indexOf(OUTSIDE_BMP) >= 0;
			if (!folded.isEmpty()) {
				prefixes.add(cut(folded, 0));
			}
		}
		String code = CreditCode.isValid(keyword) ? CODE_MARK + CreditCode.normalise(keyword) : null;
		return new Lookup(List.copyOf(prefixes), code, verify);
	}

	private static void suffixes(String text, Set<String> into) {
		for (int i = 0; i < text.length(); i++) {
			into.add(cut(text, i));
		}
	}

	/** From each syllable on, the syllables joined, cut to {@link #LENGTH}. */
	private static void syllableSuffixes(List<String> syllables, Set<String> into) {
		for (int i = 0; i < syllables.size(); i++) {
			StringBuilder key = new StringBuilder();
			for (int j = i; j < syllables.size() && key.length() < LENGTH; j++) {
				key.append(syllables.get(j));
			}
			into.add(cut(key.toString(), 0));
		}
	}

	/** Drops each key that starts the next one in order: whatever it finds, the longer key finds too. */
	private static void withoutCovered(TreeSet<String> keys) {
		List<String> covered = new ArrayList<>();
		Iterator<String> ordered = keys.iterator();
		String previous = null;
		while (ordered.hasNext()) {
			String key = ordered.next();
			if (previous != null && key.startsWith(previous)) {
				covered.add(previous);
			}
			previous = key;
		}
		covered.forEach(keys::remove);
	}

	private static String cut(String text, int from) {
		return text.substring(from, Math.min(text.length(), from + LENGTH));
	}

	/** The text with every character beyond U+FFFF as U+FFFD, so each character is one UTF-16 unit. */
	private static String bmp(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		text.codePoints().forEach(point -> folded.append(Character.isBmpCodePoint(point) ? (char) point : OUTSIDE_BMP));
		return folded.toString();
	}
}
