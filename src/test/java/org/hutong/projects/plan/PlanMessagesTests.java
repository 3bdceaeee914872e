package org.hutong.projects.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every refusal a plan can get reads as a sentence in both languages, its arguments filled in. */
class PlanMessagesTests {

	static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages", name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void everyRefusalHasAMessageInChineseAndEnglish() throws IOException {
		for (String name : List.of("projects-plan.properties", "projects-plan_en.properties")) {
			Properties messages = bundle(name);
			for (PlanRefusal.Code code : PlanRefusal.Code.values()) {
				assertThat(messages.getProperty(code.messageKey())).as(name + " " + code).isNotBlank();
			}
		}
	}

	@Test
	void aRefusalFillsItsArgumentsIntoTheMessage() throws IOException {
		PlanRefusal refusal = new PlanRefusal(PlanRefusal.Code.TASK_ENDS_AFTER_PHASE, List.of("t", "p"),
				List.of("PCB", "设计开发", LocalDate.of(2025, 3, 18), LocalDate.of(2025, 3, 17)));
		String english = new MessageFormat(bundle("projects-plan_en.properties").getProperty(refusal.messageKey()),
				Locale.ENGLISH)
			.format(refusal.messageArguments());
		assertThat(english).isEqualTo("Task PCB ends on 2025-03-18, after its phase 设计开发 ends on 2025-03-17.");
	}
}
