package org.hutong.customers.imports;

import java.util.Locale;
import java.util.Optional;

import org.hutong.customers.customer.CustomerIndustry;
import org.hutong.customers.customer.CustomerLevel;
import org.hutong.customers.customer.CustomerSource;
import org.hutong.customers.customer.CustomerStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the text of a 级别, 行业, 来源 or 状态 cell into the value the customer stores: its Chinese
 * label, its English label or its code, case and spaces ignored. The one place to change when these
 * lists become the enterprise's own.
 */
@Component
class ImportValues {

	private final MessageSource messages;

	ImportValues(MessageSource messages) {
		this.messages = messages;
	}

	Optional<CustomerLevel> level(String text) {
		return match(text, "customer.level.", CustomerLevel.values());
	}

	Optional<CustomerIndustry> industry(String text) {
		return match(text, "customer.industry.", CustomerIndustry.values());
	}

	Optional<CustomerSource> source(String text) {
		return match(text, "customer.source.", CustomerSource.values());
	}

	Optional<CustomerStatus> status(String text) {
		return match(text, "customer.status.", CustomerStatus.values());
	}

	/** The label the template's example and the error file show for a value. */
	String label(String prefix, Enum<?> value, Locale locale) {
		return messages.getMessage(prefix + value.name(), null, value.name(), locale);
	}

	private <E extends Enum<E>> Optional<E> match(String text, String prefix, E[] values) {
		String key = fold(text);
		for (E value : values) {
			if (key.equals(fold(value.name())) || key.equals(fold(label(prefix, value, Locale.CHINA)))
					|| key.equals(fold(label(prefix, value, Locale.ENGLISH)))) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	private static String fold(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
	}
}
