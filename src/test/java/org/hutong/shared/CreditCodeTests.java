package org.hutong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Real codes of well-known companies. Each check character was also recomputed by a separate script
 * (weights as 3^i mod 31) before it went in here; a code misremembered by one character would fail that.
 */
class CreditCodeTests {

	@ParameterizedTest(name = "{1}")
	@CsvSource({
			"914403001922038216, 华为技术有限公司",
			"91440300708461136T, 深圳市腾讯计算机系统有限公司",
			"91330100799655058B, 阿里巴巴（中国）有限公司",
			"91110108551385082Q, 小米科技有限责任公司",
			"91110000710925462X, 中国石油天然气股份有限公司",
			"91110000710926094P, 中国石油化工股份有限公司",
			"91110000802100433B, 百度在线网络技术（北京）有限公司",
			"91440300192317458F, 比亚迪股份有限公司",
			"911000001000013428, 中国银行股份有限公司",
			"91100000100003962T, 中国工商银行股份有限公司",
			"9144030010001686XA, 招商银行股份有限公司",
			"91440400192548256N, 珠海格力电器股份有限公司",
			"91440606722473344C, 美的集团股份有限公司",
			"91350900587527783P, 宁德时代新能源科技股份有限公司" })
	void acceptsRealCodes(String code, String company) {
		assertThat(CreditCode.isValid(code)).as(company).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"91110000100006798F", // check character should be Y
			"914403001922038217", // 华为 with the last digit changed
			"91440300708461136", // 17 characters
			"91440300708461136TT", // 19 characters
			"9144030070846I136T", // I is not in the character set
			"9144030070846O136T", // nor O
			"9144030070846Z136T", // nor Z
			"9144030070846S136T", // nor S
			"9144030070846V136T", // nor V
			"91440300708461136?" })
	void rejectsWrongCodes(String code) {
		assertThat(CreditCode.isValid(code)).isFalse();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "不是代码" })
	void rejectsNothingAndNonsense(String code) {
		assertThat(CreditCode.isValid(code)).isFalse();
	}

	@Test
	void acceptsCodesAsPeopleTypeThem() {
		assertThat(CreditCode.isValid(" 91440300708461136t ")).isTrue();
		assertThat(CreditCode.isValid("９１４４０３００７０８４６１１３６Ｔ")).isTrue();
		assertThat(CreditCode.isValid("9144 0300 7084 6113 6T")).isTrue();
	}

	@Test
	void normalisesToHalfWidthUpperCase() {
		assertThat(CreditCode.normalise(" ９１４４０３００７０８４６１１３６ｔ ")).isEqualTo("91440300708461136T");
		assertThat(CreditCode.normalise("9144-0300-7084-6113-6t")).isEqualTo("91440300708461136T");
		assertThat(CreditCode.normalise(null)).isNull();
	}

	@Test
	void everyPrefixHasExactlyOneCheckCharacter() {
		String first17 = "91411000MA4K0XXX0";
		int valid = 0;
		for (char check : CreditCode.CHARSET.toCharArray()) {
			valid += CreditCode.isValid(first17 + check) ? 1 : 0;
		}
		assertThat(valid).isEqualTo(1);
		assertThat(CreditCode.isValid(first17 + CreditCode.checkCharacter(first17))).isTrue();
	}
}
