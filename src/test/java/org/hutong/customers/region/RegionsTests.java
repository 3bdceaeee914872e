package org.hutong.customers.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionsTests {

	final Regions regions = new Regions();

	@Test
	void listsAllLevels() {
		assertThat(regions.provinces()).hasSize(31).first().isEqualTo(new Region("11", "北京市"));
		assertThat(regions.citiesOf("41")).contains(new Region("4110", "许昌市")).hasSize(18);
		assertThat(regions.countiesOf("4110")).contains(new Region("411003", "建安区"));
	}

	@Test
	void showsMunicipalitiesUnderTheirOwnName() {
		assertThat(regions.citiesOf("11")).containsExactly(new Region("1101", "北京市"));
		assertThat(regions.citiesOf("50")).containsExactly(new Region("5001", "重庆市"), new Region("5002", "重庆市（县）"));
		assertThat(regions.name("3101")).hasValue("上海市");
	}

	@Test
	void unknownCodesGiveNothing() {
		assertThat(regions.citiesOf("99")).isEmpty();
		assertThat(regions.citiesOf(null)).isEmpty();
		assertThat(regions.countiesOf("9999")).isEmpty();
		assertThat(regions.name("999999")).isEmpty();
		assertThat(regions.fullName(null)).isEmpty();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "411003, 河南省 许昌市 建安区", "4110, 河南省 许昌市", "41, 河南省", "110101, 北京市 东城区",
			"500229, 重庆市 城口县", "419001, 河南省 济源市" })
	void fullNamesLeavePlaceholderCitiesOut(String code, String fullName) {
		assertThat(regions.fullName(code)).hasValue(fullName);
	}

	@ParameterizedTest(name = "[{0}] [{1}] [{2}]")
	@CsvSource({ "41, 4110, 411003", "41, 4110, ", "41, , ", ", , ", "11, 1101, 110105", "50, 5002, 500229" })
	void acceptsConsistentCascades(String province, String city, String county) {
		assertThat(regions.isValidCascade(province, city, county)).isTrue();
	}

	@ParameterizedTest(name = "[{0}] [{1}] [{2}]")
	@CsvSource({ "41, 4101, 411003", "42, 4110, 411003", "41, , 411003", ", 4110, ", "41, 4110, 4110", "99, , ",
			"4110, , ", "41, 41, ", "41, 4110, 999999", "50, 5001, 500229" })
	void rejectsInconsistentCascades(String province, String city, String county) {
		assertThat(regions.isValidCascade(province, city, county)).isFalse();
	}

	@Test
	void placeNamesHaveFullAndShortForms() {
		assertThat(regions.placeNames()).contains("河南省", "河南", "许昌市", "许昌", "北京", "广西壮族自治区", "广西", "内蒙古",
				"新疆", "宁夏", "延边朝鲜族自治州", "阿里地区")
			.doesNotContain("市辖区", "县", "省直辖县级行政区划", "建安区", "长安", "阿里", "延边");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "许昌市, 许昌", "河南省, 河南", "宁夏回族自治区, 宁夏", "新疆维吾尔自治区, 新疆", "黔西南布依族苗族自治州, 黔西南",
			"海西蒙古族藏族自治州, 海西", "伊犁哈萨克自治州, 伊犁", "大兴安岭地区, 大兴安岭", "锡林郭勒盟, 锡林郭勒" })
	void shortNamesDropLevelAndPeople(String name, String shortName) {
		assertThat(Regions.shortName(name)).isEqualTo(shortName);
	}
}
