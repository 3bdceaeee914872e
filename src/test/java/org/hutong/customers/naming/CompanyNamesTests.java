package org.hutong.customers.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNamesTests {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({
			"河南四达电力设备股份有限公司, 四达电力设备有限公司",
			"（许昌）继电器厂, 许昌继电器厂",
			"ＡＢＣ科技, ABC科技",
			"许昌市继电器厂, 许昌继电器厂",
			"河南省许昌市继电器厂, 继电器厂",
			"四达电力设备（河南）有限公司, 四达电力设备有限公司",
			"阿里巴巴（中国）有限公司, 阿里巴巴有限公司",
			"平高集团有限公司, 平高集团",
			"许继集团有限公司, 许继",
			"广西壮族自治区柳工机械股份有限公司, 柳工机械",
			"'ABC Technology Co., Ltd.', abc technology",
			"'ABC  Technology Limited', ABC-Technology",
			"四达·电力【设备】有限责任公司, 四达电力设备",
			"中国石油天然气股份有限公司, 中国石油天然气",
			"许昌英诺创业投资合伙企业（有限合伙）, 英诺创业投资" })
	void sameCompanyNormalisesAlike(String a, String b) {
		assertThat(CompanyNames.normalise(a)).isEqualTo(CompanyNames.normalise(b));
	}

	@ParameterizedTest(name = "{0} ≠ {1}")
	@CsvSource({
			"许继电气股份有限公司, 平高电气股份有限公司",
			"许继电气股份有限公司, 许继电器有限公司",
			"许继电气股份有限公司, 许继电气股份有限公司郑州分公司",
			"中国银行股份有限公司, 中国农业银行股份有限公司" })
	void differentCompaniesStayDifferent(String a, String b) {
		assertThat(CompanyNames.normalise(a)).isNotEqualTo(CompanyNames.normalise(b));
	}

	@Test
	void keepsWhatTellsCompaniesApart() {
		assertThat(CompanyNames.normalise("河南四达电力设备股份有限公司")).isEqualTo("四达电力设备");
		assertThat(CompanyNames.normalise("许继电气股份有限公司郑州分公司")).isEqualTo("许继电气郑州分公司");
		assertThat(CompanyNames.normalise("中国银行股份有限公司")).isEqualTo("中国银行");
		assertThat(CompanyNames.normalise("  ")).isEmpty();
		assertThat(CompanyNames.normalise(null)).isEmpty();
	}

	@Test
	void neverStripsANameToNothing() {
		assertThat(CompanyNames.normalise("许昌有限公司")).isEqualTo("许昌");
		assertThat(CompanyNames.normalise("河南集团公司")).isEqualTo("河南");
		assertThat(CompanyNames.normalise("集团公司")).isEqualTo("集团");
		assertThat(CompanyNames.normalise("Limited")).isEqualTo("limited");
	}

	@Test
	void doesNotStripCountiesOrOrdinaryWords() {
		assertThat(CompanyNames.normalise("长安汽车")).isEqualTo("长安汽车");
		assertThat(CompanyNames.normalise("东方电气集团")).isEqualTo("东方电气");
		assertThat(CompanyNames.normalise("（研发中心）四达")).isEqualTo("研发中心四达");
		assertThat(CompanyNames.normalise("阿里巴巴（中国）有限公司")).isEqualTo("阿里巴巴");
	}

	@ParameterizedTest
	@CsvSource({ "河南四达电力设备股份有限公司", "（许昌）继电器厂", "许继电气股份有限公司郑州分公司", "'ABC Technology Co., Ltd.'",
			"河南省许昌市继电器厂", "许昌有限公司" })
	void normalisingTwiceChangesNothing(String name) {
		String once = CompanyNames.normalise(name);
		assertThat(CompanyNames.normalise(once)).isEqualTo(once);
	}

	@ParameterizedTest(name = "{0} ~ {1}")
	@CsvSource({
			"河南四达电力设备股份有限公司, 四达电力设备有限公司",
			"四达电力设备有限公司, 四达电力设备制造有限公司",
			"许昌许继风电科技有限公司, 许继风电科技有限公司",
			"平顶山平高电气开关有限公司, 平高电气开关股份有限公司",
			"郑州宇通客车股份有限公司, 宇通客车有限公司",
			"许昌继电器厂, 许昌继电器有限公司" })
	void similarNamesReachTheThreshold(String a, String b) {
		assertThat(CompanyNames.similarity(a, b)).isGreaterThanOrEqualTo(CompanyNames.SIMILAR);
		assertThat(CompanyNames.areSimilar(a, b)).isTrue();
	}

	@ParameterizedTest(name = "{0} !~ {1}")
	@CsvSource({
			"许继电气股份有限公司, 平高电气股份有限公司",
			"许继电气股份有限公司, 许继电器有限公司",
			"四达电力设备有限公司, 四达电力工程有限公司",
			"中国银行股份有限公司, 中国建设银行股份有限公司",
			"宇通客车股份有限公司, 金龙客车有限公司" })
	void differentNamesStayBelowTheThreshold(String a, String b) {
		assertThat(CompanyNames.similarity(a, b)).isLessThan(CompanyNames.SIMILAR);
	}

	@Test
	void similarityIsSymmetricAndBounded() {
		String a = "四达电力设备有限公司";
		String b = "四达电力设备制造有限公司";
		assertThat(CompanyNames.similarity(a, b)).isEqualTo(CompanyNames.similarity(b, a));
		assertThat(CompanyNames.similarity(a, a)).isEqualTo(1.0);
		assertThat(CompanyNames.similarity("许继", "平高")).isZero();
		assertThat(CompanyNames.similarity("", a)).isZero();
		assertThat(CompanyNames.similarity(null, a)).isZero();
	}
}
