package org.hutong.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.hutong.customers.region.Region;
import org.hutong.customers.region.Regions;

/**
 * Company names for the benchmark data, built the way registered names are: place + 字号 (trade
 * name) + industry word + legal form, e.g. 许昌瑞达电力设备有限公司. Places are real cities and
 * counties (河南 weighted, as in the demo), so 名称 normalisation strips them as it does on real data,
 * and the pool of 字号 characters includes polyphones (重, 长, 乐, 行) so pinyin search meets them.
 * Every name handed out is unique; the same seed gives the same names.
 */
final class BenchCompanies {

	/** One generated company and where it is; {@code county} may be null. */
	record Company(String name, String shortName, String industry, String province, String city,
			String county) {
	}

	/** A place a name can start with, and the codes it stands for. */
	record Place(String prefix, String province, String city, String county) {
	}

	/** Characters trade names are made of, two at a time. */
	static final String TRADE_CHARACTERS = "华鑫泰恒盛达宏远德信源丰瑞祥兴隆嘉利通海天金永昌鼎辉中正科创博宇"
			+ "重长乐行明光新";

	/** Industry words with the trade they stand for. */
	private static final Object[][] INDUSTRIES = { { "电力设备", "MANUFACTURING" },
			{ "电气", "MANUFACTURING" }, { "供电", "POWER_GRID" },
			{ "电力工程", "POWER_GRID" }, { "热电", "POWER_GENERATION" },
			{ "发电", "POWER_GENERATION" }, { "新能源科技", "NEW_ENERGY" },
			{ "光伏", "NEW_ENERGY" }, { "储能科技", "NEW_ENERGY" },
			{ "风电", "NEW_ENERGY" }, { "轨道交通", "RAIL_TRANSIT" },
			{ "化工", "PETROCHEMICAL" }, { "石化", "PETROCHEMICAL" },
			{ "铝业", "METALLURGY" }, { "钢铁", "METALLURGY" },
			{ "特钢", "METALLURGY" }, { "机械制造", "MANUFACTURING" },
			{ "电缆", "MANUFACTURING" }, { "水泥", "MANUFACTURING" },
			{ "产业园开发", "INDUSTRIAL_PARK" }, { "水务", "PUBLIC_UTILITY" },
			{ "燃气", "PUBLIC_UTILITY" }, { "热力", "PUBLIC_UTILITY" },
			{ "建设工程", "CONSTRUCTION" }, { "建材", "CONSTRUCTION" },
			{ "商贸", "OTHER" }, { "物流", "OTHER" } };

	/** Legal forms, the common ones more often. */
	private static final List<String> LEGAL_FORMS = List.of("有限公司", "有限公司", "有限公司", "有限责任公司",
			"股份有限公司", "集团有限公司");

	/** 河南 six times out of twelve, then its neighbours, then anywhere in China. */
	private static final List<String> PROVINCES = List.of("41", "41", "41", "41", "41", "41", "42", "13", "37", "34",
			"61", "*");

	private static final int MAX_TRIES = 1000;

	private final Random random;

	private final List<Region> provinces;

	private final Map<String, List<Place>> places = new HashMap<>();

	private final Set<String> taken = new HashSet<>();

	BenchCompanies(Regions regions, Random random) {
		this.random = random;
		this.provinces = regions.provinces();
		for (Region province : provinces) {
			places.put(province.code(), placesOf(regions, province.code()));
		}
	}

	/** A company whose name no earlier call gave. */
	Company next() {
		for (int i = 0; i < MAX_TRIES; i++) {
			Company company = candidate();
			if (taken.add(company.name())) {
				return company;
			}
		}
		throw new IllegalStateException("no unused company name left after " + MAX_TRIES + " tries");
	}

	private Company candidate() {
		String province = PROVINCES.get(random.nextInt(PROVINCES.size()));
		if (province.equals("*")) {
			province = provinces.get(random.nextInt(provinces.size())).code();
		}
		List<Place> choices = places.get(province);
		Place place = choices.get(random.nextInt(choices.size()));
		String trade = "" + pick(TRADE_CHARACTERS) + pick(TRADE_CHARACTERS);
		Object[] industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
		String form = LEGAL_FORMS.get(random.nextInt(LEGAL_FORMS.size()));
		String name = place.prefix() + trade + industry[0] + form;
		String shortName = random.nextInt(2) == 0 ? trade + industry[0] : null;
		return new Company(name, shortName, (String) industry[1], place.province(), place.city(),
				place.county());
	}

	private char pick(String characters) {
		return characters.charAt(random.nextInt(characters.length()));
	}

	/**
	 * Cities under their short name (郑州), counties but not city districts under theirs (中牟);
	 * placeholder cities (重庆市（县）, 省直辖县级行政区划) only through their counties.
	 */
	private static List<Place> placesOf(Regions regions, String province) {
		List<Place> found = new ArrayList<>();
		for (Region city : regions.citiesOf(province)) {
			if (!city.name().contains("（") && !city.name().contains("直辖")) {
				found.add(new Place(shortName(city.name()), province, city.code(), null));
			}
			for (Region county : regions.countiesOf(city.code())) {
				if (!county.name().endsWith("区")) {
					found.add(new Place(shortName(county.name()), province, city.code(), county.code()));
				}
			}
		}
		if (found.isEmpty()) {
			found.add(new Place(shortName(regions.name(province).orElse("")), province, null, null));
		}
		return found;
	}

	/** 郑州市 → 郑州, 中牟县 → 中牟; two-character names keep their level word (沙县 stays 沙县). */
	static String shortName(String name) {
		for (String level : List.of("自治县", "自治州", "地区", "市", "县", "省", "盟", "旗")) {
			if (name.endsWith(level) && name.length() - level.length() >= 2) {
				return name.substring(0, name.length() - level.length());
			}
		}
		return name;
	}
}
