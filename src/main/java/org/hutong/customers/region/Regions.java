package org.hutong.customers.region;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * China's provinces, cities and counties (NBS 2023 codes) for the 省 / 市 / 区县 picker, address
 * display and validation. Codes are strings: {@code "41"} 河南省, {@code "4110"} 许昌市,
 * {@code "411003"} 建安区.
 * <p>
 * The four municipalities (and 重庆's second list) have placeholder cities named 市辖区 or 县 in the
 * data; pickers and names show the province's name for them instead, and full names skip them, as
 * they skip the 省直辖县级行政区划 groups.
 */
@Component
public class Regions {

	private static final Set<String> PLACEHOLDER_CITIES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

	/** Level words a short name drops; only the first that matches is dropped (吉林市 → 吉林, not 吉). */
	private static final List<String> LEVEL_SUFFIXES = List.of("自治区", "自治州", "地区", "省", "市", "盟");

	/** Ethnic names inside the names of autonomous regions and prefectures, stripped for the short form. */
	private static final List<String> ETHNIC_NAMES = List.of("朝鲜族", "土家族", "布依族", "哈尼族", "景颇族", "傈僳族",
			"蒙古族", "苗族", "藏族", "羌族", "彝族", "侗族", "壮族", "傣族", "白族", "回族", "柯尔克孜", "哈萨克", "维吾尔", "蒙古");

	private final RegionTable table;

	/** Shares the one {@link RegionTable} of the JVM, read from the classpath the first time it is needed. */
	public Regions() {
		this.table = RegionTable.INSTANCE;
	}

	public List<Region> provinces() {
		return table.provinces;
	}

	/** Cities of a province, placeholders shown under the province's name; empty for unknown codes. */
	public List<Region> citiesOf(String provinceCode) {
		List<Region> cities = new ArrayList<>();
		for (Region city : table.citiesByProvince.getOrDefault(provinceCode, List.of())) {
			cities.add(new Region(city.code(), cityName(city.code())));
		}
		return List.copyOf(cities);
	}

	/** Counties of a city; empty for unknown codes. */
	public List<Region> countiesOf(String cityCode) {
		return table.countiesByCity.getOrDefault(cityCode, List.of());
	}

	/** The name of any code as a picker shows it (许昌市; 北京市 for 北京's 市辖区). */
	public Optional<String> name(String code) {
		if (code == null || !table.names.containsKey(code)) {
			return Optional.empty();
		}
		return Optional.of(code.length() == 4 ? cityName(code) : table.names.get(code));
	}

	/**
	 * Province, city and county joined by spaces, placeholder cities left out: 河南省 许昌市 建安区,
	 * 北京市 东城区, 河南省 济源市. Works for province and city codes too.
	 */
	public Optional<String> fullName(String code) {
		if (code == null || !table.names.containsKey(code)) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		for (String level = code; level != null; level = table.parents.get(level)) {
			String name = table.names.get(level);
			if (!(level.length() == 4 && PLACEHOLDER_CITIES.contains(name))) {
				parts.add(0, name);
			}
		}
		return Optional.of(String.join(" ", parts));
	}

	/**
	 * Whether the chosen levels fit together: the county lies in the city, the city in the province.
	 * Levels may be left blank from the bottom up (a county needs its city, a city its province);
	 * nothing chosen at all is consistent too: whether an address is required is the form's business.
	 */
	public boolean isValidCascade(String provinceCode, String cityCode, String countyCode) {
		if (isBlank(countyCode) && isBlank(cityCode)) {
			return isBlank(provinceCode) || isLevel(provinceCode, 2);
		}
		if (isBlank(countyCode)) {
			return isLevel(cityCode, 4) && cityCode.equals(childOf(provinceCode, cityCode));
		}
		return isLevel(countyCode, 6) && isValidCascade(provinceCode, cityCode, null)
				&& countyCode.equals(childOf(cityCode, countyCode));
	}

	/**
	 * Province and city names in full and short form (河南省, 河南, 许昌市, 许昌, 广西壮族自治区, 广西),
	 * for stripping a place from the front of a company name. Prefectures (自治州, 地区, 盟) come in full
	 * only, since their short forms are trade names too (阿里 of 阿里巴巴), and counties not at all
	 * (长安, 西湖, 东方).
	 */
	public Set<String> placeNames() {
		Set<String> names = new LinkedHashSet<>();
		table.names.forEach((code, name) -> {
			if (code.length() <= 4 && !PLACEHOLDER_CITIES.contains(name)) {
				names.add(name);
				if (name.endsWith("省") || name.endsWith("市") || name.endsWith("自治区")) {
					names.add(shortName(name));
				}
			}
		});
		names.removeIf(name -> name.length() < 2);
		return Set.copyOf(names);
	}

	/** 许昌市 → 许昌, 内蒙古自治区 → 内蒙古, 黔西南布依族苗族自治州 → 黔西南, 阿里地区 → 阿里. */
	static String shortName(String name) {
		String shorter = name;
		for (String suffix : LEVEL_SUFFIXES) {
			if (shorter.endsWith(suffix) && shorter.length() > suffix.length() + 1) {
				shorter = shorter.substring(0, shorter.length() - suffix.length());
				break;
			}
		}
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (String ethnic : ETHNIC_NAMES) {
				if (shorter.endsWith(ethnic) && shorter.length() > ethnic.length() + 1) {
					shorter = shorter.substring(0, shorter.length() - ethnic.length());
					stripped = true;
				}
			}
		}
		return shorter;
	}

	private String cityName(String cityCode) {
		String name = table.names.get(cityCode);
		String province = table.names.get(table.parents.get(cityCode));
		if ("市辖区".equals(name)) {
			return province;
		}
		return "县".equals(name) ? province + "（县）" : name;
	}

	/** The child code if it is known and its parent is the given code, otherwise null. */
	private String childOf(String parentCode, String childCode) {
		return parentCode != null && parentCode.equals(table.parents.get(childCode)) ? childCode : null;
	}

	private boolean isLevel(String code, int length) {
		return code != null && code.length() == length && table.names.containsKey(code);
	}

	private static boolean isBlank(String code) {
		return code == null || code.isBlank();
	}
}
