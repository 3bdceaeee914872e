package org.hutong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Chinese and English stay complete and in step, and templates hold no literal text: every word a
 * user reads comes from the message bundles.
 */
class I18nTests {

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]+)<");

	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(placeholder|title|alt|aria-label|label)=\"([^\"]*)\"");

	/** Pages are JTE templates (ADR 0030); they ask for messages as {@code ui.msg("key", args…)}. */
	static final Path JTE_TEMPLATES = Path.of("src/main/jte");

	private static final Pattern JTE_KEY = Pattern.compile("\\.msg\\(\"([A-Za-z0-9_.\\-]+)\"[,)]");

	/** A key a page builds from a value: {@code ui.msg("customer.status." + status)}. */
	private static final Pattern JTE_KEY_PREFIX = Pattern.compile("\\.msg\\(\"([A-Za-z0-9_.\\-]+\\.)\"\\s*\\+");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	@Test
	void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
		for (Path zh : bundles()) {
			Path en = zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(en).as("English bundle for " + zh.getFileName()).exists();
			Set<String> zhKeys = keys(zh);
			Set<String> enKeys = keys(en);
			assertThat(enKeys).as("keys missing in " + en.getFileName()).containsAll(zhKeys);
			assertThat(zhKeys).as("keys missing in " + zh.getFileName()).containsAll(enKeys);
		}
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : jteTemplates()) {
			String html = withoutCommentsAndScripts(JteText.withoutCode(Files.readString(template)));
			collect(TEXT_NODE.matcher(html), 1, template, literals);
			collect(LITERAL_ATTRIBUTE.matcher(html), 2, template, literals);
		}
		assertThat(literals).as("literal text in templates; use ui.msg with a message key").isEmpty();
	}

	@Test
	void everyMessageKeyNamedInATemplateExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (Path zh : bundles()) {
			known.addAll(keys(zh));
		}
		Set<String> missing = new TreeSet<>();
		for (Path template : jteTemplates()) {
			missing(JTE_KEY.matcher(Files.readString(template)), template, known, missing);
		}
		assertThat(missing).as("message keys used in templates but defined nowhere").isEmpty();
	}

	@Test
	void everyKeyFamilyAPageBuildsHasMessages() throws IOException {
		Set<String> known = new TreeSet<>();
		for (Path zh : bundles()) {
			known.addAll(keys(zh));
		}
		Set<String> empty = new TreeSet<>();
		for (Path template : jteTemplates()) {
			Matcher prefixes = JTE_KEY_PREFIX.matcher(Files.readString(template));
			while (prefixes.find()) {
				String prefix = prefixes.group(1);
				if (known.stream().noneMatch(key -> key.startsWith(prefix))) {
					empty.add(template + ": " + prefix + "…");
				}
			}
		}
		assertThat(empty).as("keys built from a value whose family has no message at all").isEmpty();
	}

	private static void missing(Matcher keys, Path template, Set<String> known, Set<String> into) {
		while (keys.find()) {
			if (!known.contains(keys.group(1))) {
				into.add(template + ": " + keys.group(1));
			}
		}
	}

	private static void collect(Matcher matcher, int group, Path template, List<String> into) {
		while (matcher.find()) {
			String text = matcher.group(group).strip();
			boolean expression = text.startsWith("[[") || text.startsWith("[(") || text.startsWith("${");
			if (!text.isEmpty() && !expression && LETTER.matcher(text).find()) {
				into.add(template + ": " + text);
			}
		}
	}

	private static String withoutCommentsAndScripts(String html) {
		return html.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>")
			.replaceAll("(?s)<style[^>]*>.*?</style>", "<style></style>")
			.replaceAll("(?s)<head>.*?<title", "<head><title");
	}

	private static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_"))
				.sorted()
				.toList();
		}
	}

	private static List<Path> jteTemplates() throws IOException {
		try (Stream<Path> files = Files.walk(JTE_TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
		}
	}

	private static Set<String> keys(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}
}
