package org.hutong.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Readings that beat pinyin4j's first reading, from {@code shared/pinyin-overrides.txt}: words
 * (and single characters) used everywhere, and surnames used only at the start of a person's name.
 * A malformed line fails loudly at start-up rather than producing wrong pinyin quietly.
 */
final class PinyinOverrides {

	private static final Pattern SYLLABLE = Pattern.compile("[a-z]+");

	final Map<String, List<String>> words;

	final Map<String, List<String>> surnames;

	/** Length in characters of the longest key, so matching tries no longer substrings. */
	final int longest;

	private PinyinOverrides(Map<String, List<String>> words, Map<String, List<String>> surnames) {
		this.words = Map.copyOf(words);
		this.surnames = Map.copyOf(surnames);
		int longest = 1;
		for (String key : words.keySet()) {
			longest = Math.max(longest, key.length());
		}
		for (String key : surnames.keySet()) {
			longest = Math.max(longest, key.length());
		}
		this.longest = longest;
	}

	static PinyinOverrides load(String resource) {
		InputStream in = PinyinOverrides.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("missing pinyin overrides " + resource);
		}
		Map<String, List<String>> words = new HashMap<>();
		Map<String, List<String>> surnames = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			Map<String, List<String>> section = words;
			String line;
			while ((line = reader.readLine()) != null) {
				line = line.strip();
				if ("[surnames]".equals(line)) {
					section = surnames;
				}
				else if (!line.isEmpty() && !line.startsWith("#")) {
					put(section, line);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new PinyinOverrides(words, surnames);
	}

	private static void put(Map<String, List<String>> section, String line) {
		int equals = line.indexOf('=');
		String word = equals > 0 ? line.substring(0, equals).strip() : "";
		List<String> syllables = equals > 0 ? List.of(line.substring(equals + 1).strip().split("\\s+")) : List.of();
		boolean wellFormed = !word.isEmpty() && syllables.size() == word.length()
				&& syllables.stream().allMatch(s -> SYLLABLE.matcher(s).matches());
		if (!wellFormed || section.put(word, syllables) != null) {
			throw new IllegalStateException("bad or repeated pinyin override: " + line);
		}
	}
}
