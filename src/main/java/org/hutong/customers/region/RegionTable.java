package org.hutong.customers.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The three division CSVs under {@code customers/regions/} read into immutable maps. Read once per
 * JVM (see {@link #INSTANCE}) so the Spring bean and the static {@code CompanyNames} share one copy.
 */
final class RegionTable {

	static final RegionTable INSTANCE = new RegionTable("customers/regions/");

	final List<Region> provinces;

	/** Raw names of every code, province, city and county alike. */
	final Map<String, String> names;

	/** Parent code of each city (its province) and county (its city). */
	final Map<String, String> parents;

	final Map<String, List<Region>> citiesByProvince;

	final Map<String, List<Region>> countiesByCity;

	RegionTable(String folder) {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, String> parents = new LinkedHashMap<>();
		List<Region> provinces = new ArrayList<>();
		read(folder + "provinces.csv", row -> {
			names.put(row[0], row[1]);
			provinces.add(new Region(row[0], row[1]));
		});
		read(folder + "cities.csv", row -> {
			names.put(row[0], row[1]);
			parents.put(row[0], row[2]);
		});
		read(folder + "areas.csv", row -> {
			names.put(row[0], row[1]);
			parents.put(row[0], row[2]);
		});
		this.provinces = List.copyOf(provinces);
		this.names = Map.copyOf(names);
		this.parents = Map.copyOf(parents);
		this.citiesByProvince = children(names, parents, 4);
		this.countiesByCity = children(names, parents, 6);
	}

	/** Children of each parent, in file order, for codes of the given length. */
	private static Map<String, List<Region>> children(Map<String, String> names, Map<String, String> parents,
			int codeLength) {
		Map<String, List<Region>> children = new LinkedHashMap<>();
		names.forEach((code, name) -> {
			if (code.length() == codeLength) {
				children.computeIfAbsent(parents.get(code), parent -> new ArrayList<>()).add(new Region(code, name));
			}
		});
		Map<String, List<Region>> frozen = new LinkedHashMap<>();
		children.forEach((parent, list) -> frozen.put(parent, List.copyOf(list)));
		return Collections.unmodifiableMap(frozen);
	}

	/** Reads a CSV with a header line; names are quoted and never contain commas. */
	private static void read(String resource, Consumer<String[]> rows) {
		InputStream in = RegionTable.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("missing region data " + resource);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().skip(1).filter(line -> !line.isBlank()).map(RegionTable::fields).forEach(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String[] fields(String line) {
		String[] fields = line.split(",");
		for (int i = 0; i < fields.length; i++) {
			fields[i] = fields[i].strip().replace("\"", "");
		}
		return fields;
	}
}
