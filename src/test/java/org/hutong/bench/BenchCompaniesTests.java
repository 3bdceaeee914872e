package org.hutong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.hutong.customers.naming.CompanyNames;
import org.hutong.customers.region.Regions;
import org.hutong.shared.CreditCode;
import org.junit.jupiter.api.Test;

class BenchCompaniesTests {

	@Test
	void namesAreUniqueAndShapedLikeRegisteredNames() {
		BenchCompanies companies = new BenchCompanies(new Regions(), new Random(7));
		Set<String> names = new HashSet<>();
		for (int i = 0; i < 20_000; i++) {
			BenchCompanies.Company company = companies.next();
			assertThat(names.add(company.name())).as(company.name()).isTrue();
			assertThat(company.name()).endsWith("公司");
			// the place and the legal form are what normalisation strips: the trade name is left
			String normalised = CompanyNames.normalise(company.name());
			assertThat(normalised).isNotEqualTo(company.name()).isSubstringOf(company.name());
			assertThat(company.province()).isNotNull();
		}
	}

	@Test
	void sameSeedSameNames() {
		BenchCompanies one = new BenchCompanies(new Regions(), new Random(3));
		BenchCompanies other = new BenchCompanies(new Regions(), new Random(3));
		for (int i = 0; i < 100; i++) {
			assertThat(one.next()).isEqualTo(other.next());
		}
	}

	@Test
	void shortNamesDropTheLevelWord() {
		assertThat(BenchCompanies.shortName("郑州市")).isEqualTo("郑州");
		assertThat(BenchCompanies.shortName("中牟县")).isEqualTo("中牟");
		assertThat(BenchCompanies.shortName("沙县")).isEqualTo("沙县");
	}

	@Test
	void creditCodesPassTheAppsCheckAndDifferPerNumber() {
		Set<String> codes = new HashSet<>();
		for (long number = 0; number < 50_000; number += 7) {
			String code = BenchCreditCodes.of(number % 2 == 0 ? "4110" : "411003", number);
			assertThat(CreditCode.isValid(code)).as(code).isTrue();
			assertThat(code).hasSize(18).startsWith("91");
			assertThat(codes.add(code.substring(8, 17))).isTrue();
		}
		assertThat(BenchCreditCodes.of("4110", 1)).startsWith("91411000");
	}
}
