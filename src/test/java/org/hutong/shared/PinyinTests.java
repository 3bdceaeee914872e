package org.hutong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinyinTests {

	@ParameterizedTest(name = "{0} → {1} / {2}")
	@CsvSource({
			"四达电力, sidadianli, sddl",
			"重庆长安, chongqingchangan, cqca",
			"长沙, changsha, cs",
			"长城汽车, changchengqiche, ccqc",
			"厦门, xiamen, xm",
			"蚌埠, bengbu, bb",
			"六安, luan, la",
			"乐清, yueqing, yq",
			"长春, changchun, cc",
			"长治, changzhi, cz",
			"ABC电气2号, abcdianqi2hao, abcdq2h",
			"许继电气股份有限公司, xujidianqigufenyouxiangongsi, xjdqgfyxgs",
			"中国银行, zhongguoyinhang, zgyh",
			"行走, xingzou, xz",
			"董事长, dongshizhang, dsz",
			"绿地, lvdi, ld" })
	void readsNamesTheWayPeopleSayThem(String text, String full, String initials) {
		assertThat(Pinyin.full(text)).isEqualTo(full);
		assertThat(Pinyin.initials(text)).isEqualTo(initials);
	}

	@Test
	void passesLettersAndDigitsThroughAndDropsTheRest() {
		assertThat(Pinyin.full("ＡＢＣ（许继）-2024!")).isEqualTo("abcxuji2024");
		assertThat(Pinyin.initials("ＡＢＣ（许继）-2024!")).isEqualTo("abcxj2024");
		assertThat(Pinyin.full("")).isEmpty();
		assertThat(Pinyin.full(null)).isEmpty();
		assertThat(Pinyin.initialsVariants(null)).isEmpty();
	}

	@Test
	void readsSurnamesAsSurnamesOnlyInPersonNames() {
		assertThat(Pinyin.fullOfPerson(" 单雄信")).isEqualTo("shanxiongxin");
		assertThat(Pinyin.initialsOfPerson("曾国藩")).isEqualTo("zgf");
		assertThat(Pinyin.fullOfPerson("尉迟恭")).isEqualTo("yuchigong");
		assertThat(Pinyin.fullOfPerson("解放")).isEqualTo("xiefang");
		assertThat(Pinyin.full("单位")).isEqualTo("danwei");
		assertThat(Pinyin.full("解放")).isEqualTo("jiefang");
		assertThat(Pinyin.full("区块链")).isEqualTo("qukuailian");
	}

	@Test
	void variantsCoverEveryReadingWithTheUsualOneFirst() {
		assertThat(Pinyin.initialsVariants("单伟")).containsExactly("dw", "cw", "sw");
		assertThat(Pinyin.initialsVariants("四达电力")).containsExactly("sddl");
		assertThat(Pinyin.initialsVariants("曾经")).first().isEqualTo("cj");
		assertThat(Pinyin.initialsVariants("曾经")).contains("zj");
	}

	@Test
	void overrideWordsSettleTheirReading() {
		assertThat(Pinyin.initialsVariants("重庆")).containsExactly("cq");
		assertThat(Pinyin.initialsVariants("长江")).containsExactly("cj", "zj");
	}

	@Test
	void variantsAreBounded() {
		String polyphones = "长行重单曾解仇朴区查盖乐";
		assertThat(Pinyin.initialsVariants(polyphones)).hasSizeLessThanOrEqualTo(Pinyin.MAX_VARIANTS)
			.first()
			.isEqualTo(Pinyin.initials(polyphones));
	}

	@Test
	void overridesFileLoadsAndEachWordHasOneSyllablePerCharacter() {
		PinyinOverrides overrides = PinyinOverrides.load("shared/pinyin-overrides.txt");
		assertThat(overrides.words).containsKeys("重庆", "长沙", "银行", "长");
		assertThat(overrides.surnames).containsKeys("单", "曾", "尉迟");
		overrides.words.forEach((word, syllables) -> assertThat(syllables).hasSize(word.length()));
	}
}
