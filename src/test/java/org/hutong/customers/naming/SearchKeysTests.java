package org.hutong.customers.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.hutong.shared.CreditCode;
import org.hutong.shared.Pinyin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchKeysTests {

	private static final String FIRST_17 = "91410000MA9F2X3Y6";

	private static final String CODE = FIRST_17 + CreditCode.checkCharacter(FIRST_17);

	/** Whether the keyword finds a customer with these keys, the way the index answers it. */
	private static boolean finds(Set<String> keys, String keyword) {
		SearchKeys.Lookup lookup = SearchKeys.lookup(keyword);
		for (String key : keys) {
			for (String prefix : lookup.prefixes()) {
				if (key.compareTo(prefix) >= 0 && key.compareTo(prefix + SearchKeys.BEYOND) < 0) {
					return true;
				}
			}
			if (key.equals(lookup.code())) {
				return true;
			}
		}
		return false;
	}

	@Test
	void cutsEverySuffixOfTheNameToEightCharacters() {
		Set<String> keys = SearchKeys.of("河南鑫泰电力设备有限公司", null, null);

		assertThat(keys).contains("河南鑫泰电力设备", "鑫泰电力设备有限", "设备有限公司", "司");
		assertThat(keys).allMatch(key -> key.length() <= SearchKeys.LENGTH);
		// 鑫泰电力 starts 鑫泰电力设备有限: the shorter key would find nothing more
		assertThat(keys).doesNotContain("鑫泰电力", "鑫泰");
	}

	@ParameterizedTest(name = "{0} finds 河南鑫泰电力设备有限公司: {1}")
	@CsvSource({ "鑫泰, true", "泰电, true", "有限公司, true", "xintai, true", "tai, true", "xintaidianli, true",
			"dianlishebei, true", "intai, false", "ntai, false", "hnxtdl, true", "dlsb, true", "xtdlsbyxgs, true",
			"鑫太, false", "xinda, false" })
	void findsBySubstringSyllableAndInitials(String keyword, boolean found) {
		Set<String> keys = SearchKeys.of("河南鑫泰电力设备有限公司", null, null);

		assertThat(finds(keys, keyword)).isEqualTo(found);
	}

	@Test
	void readsPolyphonesTheWayThePlaceIsCalled() {
		Set<String> chongqing = SearchKeys.of("重庆长安汽车", null, null);
		Set<String> changsha = SearchKeys.of("长沙远大", null, null);

		assertThat(chongqing).contains("chongqin", "qingchan", "changanq", "cqcaqc");
		assertThat(finds(chongqing, "chongqing")).isTrue();
		assertThat(finds(chongqing, "zhongqing")).isFalse();
		assertThat(finds(chongqing, "changan")).isTrue();
		assertThat(finds(changsha, "changsha")).isTrue();
		assertThat(finds(changsha, "zhangsha")).isFalse();
		assertThat(finds(changsha, "csyd")).isTrue();
	}

	@Test
	void foldsFullWidthCasePunctuationAndSpaces() {
		Set<String> keys = SearchKeys.of("ＡＢＣ（许继）电气·2号 Co.", "Ａ B C", null);

		assertThat(keys).contains("abc许继电气2", "2号co");
		assertThat(keys).noneMatch(key -> key.matches(".*[ （）()·.Ａ].*"));
		assertThat(finds(keys, "ABC许继")).isTrue();
		assertThat(finds(keys, "ａｂｃ 许继")).isTrue();
		assertThat(finds(keys, "许继-电气")).isTrue();
		assertThat(finds(keys, "xujidianqi")).isTrue();
	}

	@Test
	void findsByShortNameAndByTheNameWithoutPlaceOrLegalForm() {
		Set<String> keys = SearchKeys.of("许继电气股份有限公司郑州分公司", "许继郑州", null);

		assertThat(finds(keys, "许继郑州")).isTrue();
		// the normalised name drops the inner legal form: 许继电气郑州分公司
		assertThat(finds(keys, "许继电气郑州")).isTrue();
		assertThat(finds(SearchKeys.of("四达电力设备股份有限公司", null, null), "河南四达电力设备有限公司")).isTrue();
	}

	@Test
	void aKeywordLongerThanTheKeysIsLookedUpByItsStartAndVerified() {
		SearchKeys.Lookup shortWord = SearchKeys.lookup("鑫泰电力");
		SearchKeys.Lookup longWord = SearchKeys.lookup("河南鑫泰电力设备有限");

		assertThat(shortWord.prefixes()).containsExactly("鑫泰电力");
		assertThat(shortWord.verify()).isFalse();
		assertThat(longWord.prefixes()).contains("河南鑫泰电力设备");
		assertThat(longWord.verify()).isTrue();
	}

	@Test
	void looksUpAValidCreditCodeWholeAndKeepsItApartFromText() {
		Set<String> keys = SearchKeys.of("四达电力", null, CODE);

		assertThat(keys).contains("#" + CODE);
		assertThat(finds(keys, CODE.substring(0, 4) + " " + CODE.substring(4).toLowerCase())).isTrue();
		assertThat(finds(keys, "91410000")).isFalse();
		assertThat(SearchKeys.lookup(FIRST_17 + (CODE.endsWith("0") ? "1" : "0")).code()).isNull();
	}

	@Test
	void wildcardsAndPunctuationAreNotKeywords() {
		Set<String> keys = SearchKeys.of("四达电力", null, null);

		assertThat(finds(keys, "四_电力")).isFalse();
		assertThat(finds(keys, "达%力")).isFalse();
		assertThat(SearchKeys.lookup("%").indexed()).isFalse();
		assertThat(SearchKeys.lookup("_ -").indexed()).isFalse();
	}

	@Test
	void keepsCharactersBeyondTheBasicPlaneInOneUnitAndVerifiesThem() {
		Set<String> keys = SearchKeys.of("𠀀鑫泰", null, null);

		assertThat(keys).contains("\uFFFD鑫泰", "xintai");
		assertThat(keys).noneMatch(key -> key.codePoints().anyMatch(point -> !Character.isBmpCodePoint(point)));
		assertThat(SearchKeys.lookup("𠀀鑫").verify()).isTrue();
	}

	@Test
	void noNameNoKeys() {
		assertThat(SearchKeys.of(null, null, null)).isEmpty();
		assertThat(SearchKeys.of("", "", "")).isEmpty();
		assertThat(Pinyin.syllables("重庆长安")).isEqualTo(List.of("chong", "qing", "chang", "an"));
	}
}
