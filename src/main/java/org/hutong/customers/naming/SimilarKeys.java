package org.hutong.customers.naming;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The keys that find, through one index lookup, every customer whose name is {@link CompanyNames#areSimilar
 * similar} to a given one — rather than comparing against every customer whose name starts alike.
 * <p>
 * Similarity is the Dice score of the normalised names' bigrams, and a score of at least 0.8 means two
 * names share at least ⌈2n/3⌉ of the n bigrams of either. Prefix filtering follows: sort each name's
 * bigrams in one fixed order and keep its first n − ⌈2n/3⌉ + 1; two similar names always have one of
 * those in common (the shared bigrams cannot all sort after both prefixes). A repeated bigram counts
 * once per occurrence (Dice counts them so), hence the occurrence number in the key.
 * <p>
 * Any fixed order gives the same warnings; a good one only makes the candidate lists short. Bigrams with
 * the words every company name in this industry has (电力, 设备, 科技) and with digits sort last, so the prefix holds
 * the rare, telling part of the name (the trade name). Changing {@link #COMMON} or the key format
 * changes the keys, which then need a migration that writes them again for every customer.
 */
public final class SimilarKeys {

	/** Marks a similar-name key among a customer's search keys; no search keyword contains it. */
	public static final char MARK = '~';

	/** Characters of the words most company names share; a bigram with fewer of them sorts first. */
	private static final String COMMON = "电力气网线缆器设备装科技工程机械制造自动化智能新能源光伏风输配变压开关"
			+ "建材贸易实业发展信息网络软件服务管理咨询环保产品仪表控制五金交通运物流汽车配件材料集团中国";

	/** One occurrence of a bigram: 电力电力 has (电力, 1), (力电, 1), (电力, 2). */
	private record Gram(String text, int occurrence) {

		String key() {
			return MARK + storable(text) + occurrence;
		}
	}

	private static final Comparator<Gram> ORDER = Comparator.comparingInt((Gram gram) -> commonness(gram.text()))
		.thenComparing(Gram::text)
		.thenComparingInt(Gram::occurrence);

	private SimilarKeys() {
	}

	/** The similar-name keys of a customer with this name (none for a name that normalises to nothing). */
	public static List<String> of(String name) {
		List<Gram> grams = occurrences(CompanyNames.bigrams(CompanyNames.normalise(name)));
		grams.sort(ORDER);
		int shared = (2 * grams.size() + 2) / 3;
		return grams.subList(0, grams.size() - shared + Math.min(1, grams.size()))
			.stream()
			.map(Gram::key)
			.distinct()
			.toList();
	}

	private static List<Gram> occurrences(Map<String, Integer> grams) {
		List<Gram> all = new ArrayList<>();
		grams.forEach((gram, count) -> {
			for (int i = 1; i <= count; i++) {
				all.add(new Gram(gram, i));
			}
		});
		return all;
	}

	/**
	 * The key with each half of a character beyond U+FFFF (which a bigram may cut in two) as U+FFFD, so
	 * it can be stored; two keys that become equal only add a candidate, the prefixes were chosen before.
	 */
	private static String storable(String gram) {
		StringBuilder key = new StringBuilder(gram.length());
		gram.chars().forEach(unit -> key.append(Character.isSurrogate((char) unit) ? '\uFFFD' : (char) unit));
		return key.toString();
	}

	/** Digits and Latin letters count as common too: a hundred digit bigrams tell names apart poorly. */
	private static int commonness(String gram) {
		int common = 0;
		for (int i = 0; i < gram.length(); i++) {
			char c = gram.charAt(i);
			common += c < 0x80 || COMMON.indexOf(c) >= 0 ? 1 : 0;
		}
		return common;
	}
}
