package org.hutong.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hutong.web.WriteRoutes.Route;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

/** The hostile values of the corpus, shaped as form fields, JSON bodies and file parts. */
final class CorpusBodies {

	private CorpusBodies() {
	}

	/** Every field set to the text. */
	static Map<String, String> all(Map<String, Class<?>> fields, String text) {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((name, type) -> {
			if (!MultipartFile.class.isAssignableFrom(type)) {
				values.put(name, text);
			}
		});
		return values;
	}

	/**
	 * One field hostile, the others a harmless {@code 1} (a valid name, a number, an id), so the
	 * hostile value gets past the checks of the others: over-long and 4-byte text in text fields,
	 * numbers that do not fit in number fields.
	 */
	static Map<String, Map<String, String>> oneAtATime(Map<String, Class<?>> fields) {
		Map<String, Map<String, String>> probes = new LinkedHashMap<>();
		fields.forEach((name, type) -> {
			List<String> hostile = type == String.class ? List.of("x".repeat(5000), "🏭".repeat(60), "İ".repeat(60))
					: Number.class.isAssignableFrom(type) || type.isPrimitive() ? List.of("99999999999999999999", "1e309")
							: List.of();
			for (String text : hostile) {
				Map<String, String> values = all(fields, "1");
				values.put(name, text);
				probes.put(name + "=" + text.substring(0, Math.min(text.length(), 4)) + "…(" + text.length() + ")", values);
			}
		});
		return probes;
	}

	/** The values as form fields (twice, for lists), with the parameters the mapping requires. */
	static Map<String, String[]> form(Route route, Map<String, String> values) {
		Map<String, String[]> fields = new LinkedHashMap<>();
		route.required().forEach(name -> fields.put(name, new String[] { "1" }));
		values.forEach((name, value) -> fields.put(name, new String[] { value, value }));
		return fields;
	}

	/** A JSON object of the values: as a number where a number goes and it reads as one. */
	static String json(Map<String, Class<?>> fields, Map<String, String> values) {
		List<String> members = new ArrayList<>();
		values.forEach((name, text) -> members.add(quoted(name) + ": " + value(fields.get(name), text)));
		return "{" + String.join(", ", members) + "}";
	}

	private static String value(Class<?> type, String text) {
		boolean numeric = Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class);
		if (numeric && text.matches("-?\\d+(e\\d+)?")) {
			return text;
		}
		return quoted(text);
	}

	/** A JSON string; {@code \\ud800} passes as the escape it is, to reach the parser as a lone surrogate. */
	private static String quoted(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted.append("\\\"");
			}
			else if (c < 0x20) {
				quoted.append(String.format("\\u%04x", (int) c));
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

	/** For each file field: a part whose bytes are not what its name says, and an empty one. */
	static List<MockMultipartFile> badFiles(Map<String, Class<?>> fields, String text) {
		List<MockMultipartFile> parts = new ArrayList<>();
		String name = text == null || text.isEmpty() ? "x.png" : text + ".png";
		fields.forEach((field, type) -> {
			if (MultipartFile.class.isAssignableFrom(type)) {
				parts.add(new MockMultipartFile(field, name, "image/png", "not an image".getBytes(StandardCharsets.UTF_8)));
				parts.add(new MockMultipartFile(field, "", "application/octet-stream", new byte[0]));
			}
		});
		return parts;
	}
}
