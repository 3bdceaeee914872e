package org.hutong.sales.contract;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * A term template as its form sends it: the name the terms page shows ("30/60/10") and the terms in
 * order, with the same fields and checks as a contract's terms form (rows left blank are dropped);
 * the version edited, null for a new one.
 */
public record TemplateForm(
		@NotBlank(message = "{contract.required}") @Size(max = 30, message = "{contract.tooLong}") String name,
		@Valid @Size(max = TermsForm.MAX_TERMS, message = "{term.tooMany}") List<TermForm> terms, Long version) {

	public TemplateForm {
		name = Texts.clean(name);
		terms = terms == null ? List.of()
				: terms.stream().filter(t -> t != null && (t.name() != null || t.value() != null)).toList();
	}

	static TemplateForm of(TemplateView template) {
		return new TemplateForm(template.name(), template.terms(), template.version());
	}
}
