package org.hutong.customers.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SimilarKeysTests {

	@Test
	void everyPairOfSimilarNamesSharesAKey() {
		// names from a small alphabet, each with variants one or two edits away: many pairs are similar,
		// some only just (Dice exactly 0.8)
		Random random = new Random(7);
		String alphabet = "许继电气四达鑫泰力设备";
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			StringBuilder base = new StringBuilder();
			int length = 1 + random.nextInt(10);
			for (int j = 0; j < length; j++) {
				base.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			for (int variant = 0; variant < 10; variant++) {
				StringBuilder name = new StringBuilder(base);
				for (int edit = random.nextInt(3); edit > 0; edit--) {
					int at = random.nextInt(name.length() + 1);
					char letter = alphabet.charAt(random.nextInt(alphabet.length()));
					switch (random.nextInt(3)) {
						case 0 -> name.insert(at, letter);
						case 1 -> name.deleteCharAt(Math.min(at, name.length() - 1));
						default -> name.setCharAt(Math.min(at, name.length() - 1), letter);
					}
					if (name.isEmpty()) {
						name.append(letter);
					}
				}
				names.add(name.toString());
			}
		}
		int similarPairs = 0;
		for (String left : names) {
			Set<String> keys = new HashSet<>(SimilarKeys.of(left));
			for (String right : names) {
				if (CompanyNames.areSimilar(left, right)) {
					similarPairs += left.equals(right) ? 0 : 1;
					assertThat(SimilarKeys.of(right)).as("%s ~ %s", left, right).containsAnyElementsOf(keys);
				}
			}
		}
		assertThat(similarPairs).as("similar pairs of different names").isGreaterThan(100);
	}

	@Test
	void theTradeNameLeadsTheKeysRatherThanTheIndustry() {
		assertThat(SimilarKeys.of("河南鑫泰电力设备有限公司")).containsExactly("~鑫泰1", "~泰电1");
	}

	@Test
	void namesOfTheSameCoreHaveTheSameKeysAndRepeatsAreCountedApart() {
		assertThat(SimilarKeys.of("河南四达电力设备股份有限公司")).isEqualTo(SimilarKeys.of("四达电力设备有限公司"));
		assertThat(SimilarKeys.of("鑫泰鑫泰")).containsExactly("~泰鑫1", "~鑫泰1");
	}

	@Test
	void aNameOfNothingButPunctuationHasNoKeys() {
		assertThat(SimilarKeys.of("（）·")).isEmpty();
		assertThat(SimilarKeys.of(null)).isEmpty();
	}

	@Test
	void keysAreMarkedSoNoSearchKeywordReachesThem() {
		assertThat(SimilarKeys.of("许继电气")).allMatch(key -> key.charAt(0) == SimilarKeys.MARK);
		assertThat(SearchKeys.lookup("~许继").prefixes()).noneMatch(prefix -> prefix.indexOf(SimilarKeys.MARK) >= 0);
	}

	@Test
	void charactersBeyondTheBasicPlaneAreStoredAsReplacementCharacters() {
		assertThat(SimilarKeys.of("𠮷野家")).allMatch(key -> key.chars().noneMatch(unit -> Character.isSurrogate((char) unit)));
	}
}
