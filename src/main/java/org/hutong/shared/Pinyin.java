package org.hutong.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin of names for search: 四达电力 → {@code sidadianli}, initials {@code sddl}. No tones, lower
 * case, no separators, ü as v. Latin letters and digits pass through lower-cased (full-width ones
 * made half-width first); everything else is dropped.
 * <p>
 * pinyin4j (ADR 0006) knows every reading of a character but not which one a word uses, so readings
 * from {@code shared/pinyin-overrides.txt} win, longest word first (重庆 → chongqing). Where a
 * character stays ambiguous, {@link #initialsVariants} indexes its other readings as well.
 */
public final class Pinyin {

	/** At most this many initials variants per text, so a name full of polyphones stays cheap to index. */
	public static final int MAX_VARIANTS = 16;

	private static final PinyinOverrides OVERRIDES = PinyinOverrides.load("shared/pinyin-overrides.txt");

	private static final HanyuPinyinOutputFormat FORMAT = format();

	private Pinyin() {
	}

	/** Full pinyin, e.g. 重庆长安 → {@code chongqingchangan}, ABC电气2号 → {@code abcdianqi2hao}. */
	public static String full(String text) {
		return join(syllables(text, false), false);
	}

	/** First letter of each syllable, letters and digits kept: 重庆长安 → {@code cqca}, ABC电气2号 → {@code abcdq2h}. */
	public static String initials(String text) {
		return join(syllables(text, false), true);
	}

	/**
	 * The reading used for each character kept, in order: 重庆长安 → [chong, qing, chang, an], ABC电气 →
	 * [a, b, c, dian, qi]. {@link #full} is their concatenation; search keys start at each of them.
	 */
	public static List<String> syllables(String text) {
		return syllables(text, false).stream().map(readings -> readings.get(0)).toList();
	}

	/** Full pinyin of a person's name, its surname read as a surname: 单雄信 → {@code shanxiongxin}. */
	public static String fullOfPerson(String name) {
		return join(syllables(name, true), false);
	}

	/** Initials of a person's name, its surname read as a surname: 曾国藩 → {@code zgf}. */
	public static String initialsOfPerson(String name) {
		return join(syllables(name, true), true);
	}

	/**
	 * {@link #initials} under every reading of the characters that no override word settles, the
	 * usual one first, at most {@link #MAX_VARIANTS}: 单伟 → {@code dw, cw, sw}. Index them all and
	 * a search by either reading finds the name.
	 */
	public static Set<String> initialsVariants(String text) {
		Set<String> variants = new LinkedHashSet<>(List.of(""));
		for (List<String> readings : syllables(text, false)) {
			Set<String> letters = new LinkedHashSet<>();
			for (String reading : readings) {
				letters.add(reading.substring(0, 1));
			}
			if (variants.size() * letters.size() > MAX_VARIANTS) {
				letters = Set.of(readings.get(0).substring(0, 1));
			}
			Set<String> longer = new LinkedHashSet<>();
			for (String variant : variants) {
				for (String letter : letters) {
					longer.add(variant + letter);
				}
			}
			variants = longer;
		}
		variants.remove("");
		return Collections.unmodifiableSet(variants);
	}

	/** One entry per character kept: its readings, the one to use first. */
	private static List<List<String>> syllables(String text, boolean person) {
		List<List<String>> syllables = new ArrayList<>();
		if (text == null) {
			return syllables;
		}
		String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
		int at = 0;
		if (person) {
			at = matchAt(normal, 0, OVERRIDES.surnames, syllables);
		}
		while (at < normal.length()) {
			int next = matchAt(normal, at, OVERRIDES.words, syllables);
			if (next == at) {
				addCharacter(normal.charAt(at), syllables);
				next = at + 1;
			}
			at = next;
		}
		return syllables;
	}

	/**
	 * Adds the readings of the longest override starting at {@code at} and returns where it ends, or
	 * returns {@code at} when none matches. A single character keeps its other readings behind the
	 * override; a word's reading is certain.
	 */
	private static int matchAt(String text, int at, Map<String, List<String>> overrides, List<List<String>> into) {
		for (int length = Math.min(OVERRIDES.longest, text.length() - at); length > 0; length--) {
			List<String> reading = overrides.get(text.substring(at, at + length));
			if (reading == null) {
				continue;
			}
			if (length == 1) {
				Set<String> readings = new LinkedHashSet<>(reading);
				readings.addAll(readingsOf(text.charAt(at)));
				into.add(List.copyOf(readings));
			}
			else {
				reading.forEach(syllable -> into.add(List.of(syllable)));
			}
			return at + length;
		}
		return at;
	}

	/** A Chinese character by its readings (dropped if pinyin4j has none), a letter or digit as itself. */
	private static void addCharacter(char character, List<List<String>> into) {
		if (Character.UnicodeScript.of(character) == Character.UnicodeScript.HAN) {
			List<String> readings = readingsOf(character);
			if (!readings.isEmpty()) {
				into.add(readings);
			}
		}
		else if (Character.isLetterOrDigit(character)) {
			into.add(List.of(String.valueOf(character)));
		}
	}

	/** pinyin4j's distinct readings of a Chinese character, toneless; empty for anything else. */
	private static List<String> readingsOf(char character) {
		if (Character.UnicodeScript.of(character) != Character.UnicodeScript.HAN) {
			return List.of();
		}
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(character, FORMAT);
			return readings == null ? List.of() : List.copyOf(new LinkedHashSet<>(List.of(readings)));
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String join(List<List<String>> syllables, boolean initials) {
		StringBuilder joined = new StringBuilder();
		for (List<String> readings : syllables) {
			String reading = readings.get(0);
			joined.append(initials ? reading.substring(0, 1) : reading);
		}
		return joined.toString();
	}

	private static HanyuPinyinOutputFormat format() {
		HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
		format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		format.setVCharType(HanyuPinyinVCharType.WITH_V);
		return format;
	}
}
