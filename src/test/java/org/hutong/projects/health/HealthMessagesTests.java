package org.hutong.projects.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The reasons read as the issue words them, in Chinese and in English, singular and plural. */
class HealthMessagesTests {

	static String say(ProjectHealth health, String bundle, Locale locale, String between) throws IOException {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages", bundle),
				StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		return health.reasons()
			.stream()
			.map(reason -> new MessageFormat(messages.getProperty(reason.messageKey()), locale)
				.format(reason.messageArguments()))
			.collect(Collectors.joining(between));
	}

	static ProjectHealth lateGateAndBudget(int daysLate) {
		return HealthRules.judge(new HealthFacts(HealthRulesTests.TODAY, "型式试验",
				HealthRulesTests.TODAY.minusDays(daysLate), List.of(), 4, 0, new BigDecimal("250000.00"),
				new BigDecimal("230000.00")));
	}

	@Test
	void theReasonsReadAsSentences() throws IOException {
		assertThat(say(lateGateAndBudget(5), "projects-health.properties", Locale.SIMPLIFIED_CHINESE, "；"))
			.isEqualTo("型式试验 gate 5 天逾期；预算已用 92 %");
		assertThat(say(lateGateAndBudget(5), "projects-health_en.properties", Locale.ENGLISH, "; "))
			.isEqualTo("型式试验 gate 5 days late; 92 % of budget used");
		assertThat(say(lateGateAndBudget(1), "projects-health_en.properties", Locale.ENGLISH, "; "))
			.startsWith("型式试验 gate 1 day late");
	}

	@Test
	void everyLightHasALabel() throws IOException {
		for (String bundle : List.of("projects-health.properties", "projects-health_en.properties")) {
			Properties messages = new Properties();
			try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages", bundle),
					StandardCharsets.UTF_8)) {
				messages.load(reader);
			}
			for (Light light : Light.values()) {
				assertThat(messages.getProperty(light.messageKey())).as(bundle + " " + light).isNotBlank();
			}
		}
	}
}
