package org.hutong.customers.option;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * Adding or renaming an option. The Chinese label is required, the English one optional (English
 * pages fall back to the Chinese). The code is taken once, when adding: blank makes one up; it must
 * be capital letters, digits and underscores, since API clients and imports send it.
 *
 * @param version the version renamed, for optimistic locking ({@code null} when adding)
 */
public record OptionForm(
		@NotBlank(message = "{customer.required}") @Size(max = 50, message = "{customer.tooLong}") String labelZh,
		@Size(max = 50, message = "{customer.tooLong}") String labelEn,
		@Pattern(regexp = "[A-Z][A-Z0-9_]{0,29}", message = "{option.code.invalid}") String code,
		Long version) {

	public OptionForm {
		labelZh = Texts.clean(labelZh);
		labelEn = Texts.clean(labelEn);
		code = Texts.clean(code);
	}

	static OptionForm blank() {
		return new OptionForm(null, null, null, null);
	}
}
