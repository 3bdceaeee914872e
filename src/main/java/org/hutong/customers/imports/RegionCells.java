package org.hutong.customers.imports;

import java.util.List;
import java.util.Optional;

import org.hutong.customers.region.Region;
import org.hutong.customers.region.Regions;
import org.springframework.stereotype.Component;

/**
 * Region codes from the names people type: 省 / 市 / 区县 cells on their own, or one 地区 cell such as
 * 河南省郑州市金水区, 河南 郑州 金水区 or 河南/许昌. A level may be written in full (河南省) or short
 * (河南); each level is looked for inside the one above it. Empty when a name is not found.
 */
@Component
class RegionCells {

	private final Regions regions;

	RegionCells(Regions regions) {
		this.regions = regions;
	}

	/** Codes of province, city, county (each may be {@code null}), from separate cells. */
	Optional<String[]> codes(String province, String city, String county) {
		String[] codes = new String[3];
		if (province != null) {
			codes[0] = find(regions.provinces(), province).orElse(null);
			if (codes[0] == null) {
				return Optional.empty();
			}
		}
		if (city != null) {
			codes[1] = find(cities(codes[0]), city).orElse(null);
			if (codes[1] == null) {
				return Optional.empty();
			}
			codes[0] = codes[1].substring(0, 2);
		}
		if (county != null) {
			codes[2] = codes[1] == null ? null : find(regions.countiesOf(codes[1]), county).orElse(null);
			if (codes[2] == null) {
				return Optional.empty();
			}
		}
		return Optional.of(codes);
	}

	/** Codes from one combined cell. */
	Optional<String[]> codes(String combined) {
		String rest = combined.replaceAll("[\\s/\\\\,，、\\-]+", "");
		String[] codes = new String[3];
		for (int level = 0; level < 3 && !rest.isEmpty(); level++) {
			List<Region> choices = level == 0 ? regions.provinces()
					: level == 1 ? regions.citiesOf(codes[0]) : regions.countiesOf(codes[1]);
			Optional<Region> match = prefix(choices, rest);
			if (match.isEmpty() && level == 1) {
				codes[1] = onlyPlaceholder(codes[0]);
				continue;
			}
			if (match.isEmpty()) {
				return Optional.empty();
			}
			codes[level] = match.get().code();
			rest = rest.substring(matchedLength(match.get(), rest));
		}
		return rest.isEmpty() && codes[0] != null ? Optional.of(codes) : Optional.empty();
	}

	private List<Region> cities(String provinceCode) {
		if (provinceCode != null) {
			return regions.citiesOf(provinceCode);
		}
		return regions.provinces().stream().flatMap(p -> regions.citiesOf(p.code()).stream()).toList();
	}

	/** A municipality's one placeholder city (北京市 → 1101), so 北京市东城区 finds its county. */
	private String onlyPlaceholder(String provinceCode) {
		List<Region> cities = regions.citiesOf(provinceCode);
		return cities.size() == 1 ? cities.get(0).code() : null;
	}

	private static Optional<String> find(List<Region> choices, String name) {
		String wanted = name.strip();
		return choices.stream()
			.filter(region -> region.name().equals(wanted) || (wanted.length() >= 2 && region.name().startsWith(wanted)))
			.map(Region::code)
			.findFirst();
	}

	private static Optional<Region> prefix(List<Region> choices, String text) {
		return choices.stream().filter(region -> matchedLength(region, text) > 0).findFirst();
	}

	/** How many leading characters of the text name the region: its full name, or its name without the level word. */
	private static int matchedLength(Region region, String text) {
		String name = region.name();
		if (text.startsWith(name)) {
			return name.length();
		}
		for (int cut = name.length() - 1; cut >= 2; cut--) {
			if (text.startsWith(name.substring(0, cut))) {
				return cut;
			}
		}
		return 0;
	}
}
