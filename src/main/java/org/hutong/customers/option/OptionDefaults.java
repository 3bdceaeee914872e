package org.hutong.customers.option;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.identity.TenantDefaults;
import org.springframework.stereotype.Component;

/**
 * The lists every new enterprise starts with (the same ones migration V10 gave the enterprises that
 * already existed), in Chinese and English. Its administrator edits them from there.
 */
@Component
class OptionDefaults implements TenantDefaults {

	/** kind, code, Chinese label, English label — in the order shown. */
	static final List<String[]> DEFAULTS = List.of(
			new String[] { "LEVEL", "KEY", "重点客户", "Key account" },
			new String[] { "LEVEL", "MAJOR", "大客户", "Major" },
			new String[] { "LEVEL", "NORMAL", "普通客户", "Normal" },
			new String[] { "LEVEL", "MINOR", "小客户", "Minor" },
			new String[] { "INDUSTRY", "POWER_GRID", "电网", "Power grid" },
			new String[] { "INDUSTRY", "POWER_GENERATION", "发电", "Power generation" },
			new String[] { "INDUSTRY", "NEW_ENERGY", "新能源", "New energy" },
			new String[] { "INDUSTRY", "RAIL_TRANSIT", "轨道交通", "Rail transit" },
			new String[] { "INDUSTRY", "PETROCHEMICAL", "石油化工", "Petrochemicals" },
			new String[] { "INDUSTRY", "METALLURGY", "冶金", "Metallurgy" },
			new String[] { "INDUSTRY", "MANUFACTURING", "制造业", "Manufacturing" },
			new String[] { "INDUSTRY", "INDUSTRIAL_PARK", "产业园区", "Industrial park" },
			new String[] { "INDUSTRY", "PUBLIC_UTILITY", "公用事业", "Public utility" },
			new String[] { "INDUSTRY", "CONSTRUCTION", "建筑地产", "Construction and property" },
			new String[] { "INDUSTRY", "OTHER", "其他", "Other" },
			new String[] { "SOURCE", "REFERRAL", "转介绍", "Referral" },
			new String[] { "SOURCE", "EXHIBITION", "展会", "Exhibition" },
			new String[] { "SOURCE", "WEBSITE", "官网", "Website" },
			new String[] { "SOURCE", "BIDDING", "招投标", "Tender" },
			new String[] { "SOURCE", "COLD_CALL", "电话开发", "Cold call" },
			new String[] { "SOURCE", "EXISTING", "老客户", "Existing customer" },
			new String[] { "SOURCE", "OTHER", "其他", "Other" });

	private final CustomerOptionRepository options;

	private final OptionLists lists;

	OptionDefaults(CustomerOptionRepository options, OptionLists lists) {
		this.options = options;
		this.lists = lists;
	}

	/** Adds the default lists, each one only when the enterprise has none of that kind yet. */
	@Override
	public void seed() {
		Set<OptionKind> present = EnumSet.noneOf(OptionKind.class);
		options.findAll().forEach(option -> present.add(option.getKind()));
		Map<OptionKind, Integer> order = new EnumMap<>(OptionKind.class);
		for (String[] entry : DEFAULTS) {
			OptionKind kind = OptionKind.valueOf(entry[0]);
			int position = order.merge(kind, 1, Integer::sum);
			if (!present.contains(kind)) {
				options.save(new CustomerOption(kind, entry[1], entry[2], entry[3], position));
			}
		}
		lists.changed();
	}
}
