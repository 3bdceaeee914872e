package org.hutong.customers.imports;

import java.util.Locale;
import java.util.Optional;

import org.hutong.customers.customer.CustomerStatus;
import org.hutong.customers.option.CustomerOptions;
import org.hutong.customers.option.OptionKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the text of a 级别, 行业, 来源 or 状态 cell into the value the customer stores. Levels,
 * industries and sources are the enterprise's own lists: an active option's code or label (Chinese or
 * English) matches. Statuses are fixed: their code or label, case and spaces ignored.
 */
@Component
class ImportValues {

	private final CustomerOptions options;

	private final MessageSource messages;

	ImportValues(CustomerOptions options, MessageSource messages) {
		this.options = options;
		this.messages = messages;
	}

	Optional<String> level(String text) {
		return options.codeFor(OptionKind.LEVEL, text);
	}

	Optional<String> industry(String text) {
		return options.codeFor(OptionKind.INDUSTRY, text);
	}

	Optional<String> source(String text) {
		return options.codeFor(OptionKind.SOURCE, text);
	}

	Optional<CustomerStatus> status(String text) {
		String key = fold(text);
		for (CustomerStatus status : CustomerStatus.values()) {
			if (key.equals(fold(status.name())) || key.equals(fold(label(status, Locale.CHINA)))
					|| key.equals(fold(label(status, Locale.ENGLISH)))) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

	private String label(CustomerStatus status, Locale locale) {
		return messages.getMessage("customer.status." + status.name(), null, status.name(), locale);
	}

	private static String fold(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
	}
}
