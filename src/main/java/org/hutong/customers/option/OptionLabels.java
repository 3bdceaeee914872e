package org.hutong.customers.option;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * All of an enterprise's options, read once, for labelling a page of records in one language. A code
 * no option has any more (never expected: options in use cannot be deleted) shows as the code itself.
 */
public record OptionLabels(Map<OptionKind, Map<String, CustomerOption>> options, Locale locale) {

	static OptionLabels of(List<CustomerOption> all, Locale locale) {
		return new OptionLabels(all.stream()
			.collect(Collectors.groupingBy(CustomerOption::getKind,
					Collectors.toMap(CustomerOption::getCode, option -> option))), locale);
	}

	/** The label of the code, {@code null} for no code. */
	public String label(OptionKind kind, String code) {
		if (code == null) {
			return null;
		}
		CustomerOption option = options.getOrDefault(kind, Map.of()).get(code);
		return option == null ? code : option.label(locale);
	}
}
