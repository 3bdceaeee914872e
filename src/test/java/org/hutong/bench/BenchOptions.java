package org.hutong.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The generator's command line: {@code --name value} pairs, see {@link BenchData}. */
record BenchOptions(String url, String user, String password, String tenant, int customers, long followUps,
		int owners, String template, long seed, String ids) {

	private static final Set<String> NAMES = Set.of("url", "user", "password", "tenant", "customers", "follow-ups",
			"owners", "template", "seed", "ids");

	static BenchOptions parse(String... args) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < args.length; i += 2) {
			String name = args[i].replaceFirst("^--", "");
			if (!NAMES.contains(name) || i + 1 >= args.length) {
				throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
			}
			values.put(name, args[i + 1]);
		}
		if (!values.containsKey("url")) {
			throw new IllegalArgumentException("--url is required (the JDBC URL of the stopped app's database)");
		}
		return new BenchOptions(values.get("url"), values.getOrDefault("user", "sa"),
				values.getOrDefault("password", ""), values.getOrDefault("tenant", "demo"),
				Integer.parseInt(values.getOrDefault("customers", "100000")),
				Long.parseLong(values.getOrDefault("follow-ups", "300000")),
				Integer.parseInt(values.getOrDefault("owners", "50")), values.getOrDefault("template", "sales"),
				Long.parseLong(values.getOrDefault("seed", "20261130")), values.get("ids"));
	}
}
