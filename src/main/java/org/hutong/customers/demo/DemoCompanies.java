package org.hutong.customers.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.hutong.customers.naming.CompanyNames;
import org.hutong.customers.region.Region;
import org.hutong.customers.region.Regions;

/**
 * The demo's companies with real places: a 供电公司 for each city of 河南 and a few of each
 * neighbour, county-level 供电公司 branches, and trade-named factories, parks and utilities.
 * Names are unique, so the duplicate check never fires on demo data.
 */
final class DemoCompanies {

	/** One demo company: its name, trade and where it is (codes from {@link Regions}). */
	record Company(String name, String industry, String province, String city, String county) {
	}

	/** 河南 and the neighbours the maker sells into: 河北, 山西, 山东, 安徽, 湖北, 陕西. */
	private static final List<String> NEIGHBOURS = List.of("13", "14", "37", "34", "42", "61");

	private static final int NEIGHBOUR_CITIES = 4;

	private static final int COUNTY_BRANCHES = 45;

	private final Regions regions;

	private final Random random;

	DemoCompanies(Regions regions, Random random) {
		this.regions = regions;
		this.random = random;
	}

	/**
	 * {@code count} companies, grid companies first, always the same for the same seed; no two with
	 * the same normalised name, which the duplicate rule (and the database) would refuse.
	 */
	List<Company> take(int count) {
		List<Company> companies = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>();
		for (Company company : gridCompanies()) {
			if (names.add(CompanyNames.normalise(company.name()))) {
				companies.add(company);
			}
		}
		while (companies.size() < count) {
			Company company = tradeCompany();
			if (names.add(CompanyNames.normalise(company.name()))) {
				companies.add(company);
			}
		}
		return companies.subList(0, count);
	}

	private List<Company> gridCompanies() {
		List<Company> grid = new ArrayList<>();
		for (Region city : regions.citiesOf("41")) {
			if (isPlaceholder(city)) {
				continue;
			}
			grid.add(new Company("国网" + shortName(city.name()) + "供电公司", "POWER_GRID", "41",
					city.code(), null));
		}
		for (String province : NEIGHBOURS) {
			List<Region> cities = regions.citiesOf(province);
			for (Region city : cities.subList(0, Math.min(NEIGHBOUR_CITIES, cities.size()))) {
				grid.add(new Company("国网" + shortName(city.name()) + "供电公司", "POWER_GRID", province,
						city.code(), null));
			}
		}
		grid.addAll(countyBranches());
		return grid;
	}

	/** Counties and county-level cities (not city districts, which the city company serves). */
	private List<Company> countyBranches() {
		List<Company> branches = new ArrayList<>();
		for (Region city : regions.citiesOf("41")) {
			for (Region county : regions.countiesOf(city.code())) {
				boolean served = county.name().endsWith("县") || county.name().endsWith("市");
				if (served && branches.size() < COUNTY_BRANCHES && random.nextInt(3) == 0) {
					branches.add(new Company("国网" + county.name() + "供电公司", "POWER_GRID", "41",
							city.code(), county.code()));
				}
			}
		}
		return branches;
	}

	private Company tradeCompany() {
		String province = DemoNames.PROVINCES.get(random.nextInt(DemoNames.PROVINCES.size()));
		Region city = pick(regions.citiesOf(province));
		Region county = city == null ? null : pick(regions.countiesOf(city.code()));
		String[] kind = DemoNames.kind(random);
		Region named = city != null && isPlaceholder(city) ? county : city;
		String place = named == null ? "" : shortName(named.name());
		return new Company(place + DemoNames.trade(random) + kind[0], kind[1], province,
				city == null ? null : city.code(), county == null ? null : county.code());
	}

	private Region pick(List<Region> list) {
		return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
	}

	/** 省直辖县级行政区划 and the like group county-level cities (济源) that have no city of their own. */
	private static boolean isPlaceholder(Region city) {
		return city.name().contains("直辖");
	}

	/** 郑州市 → 郑州, as the grid and local firms name themselves. */
	static String shortName(String cityName) {
		return cityName.endsWith("市") && cityName.length() > 2 ? cityName.substring(0, cityName.length() - 1) : cityName;
	}
}
