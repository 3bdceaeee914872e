package org.hutong.approvals.api;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hutong.approvals.form.FieldDefinition;
import org.hutong.approvals.form.FormCatalog;
import org.hutong.approvals.form.FormDefinition;
import org.hutong.web.RecordNotFound;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/approval-forms}: the forms people may fill in (the approvals administrator: also
 * disabled ones), with their typed fields, so a client can draw and pre-check what the server checks.
 */
@RestController
@RequestMapping("/api/v1/approval-forms")
@Tag(name = "Approval forms", description = "审批表单: stock and admin-defined forms")
class FormApiController {

	private final FormCatalog catalog;

	FormApiController(FormCatalog catalog) {
		this.catalog = catalog;
	}

	record Summary(String key, String name, String icon, boolean stock, boolean enabled, long version) {
	}

	record Detail(String key, String name, String icon, String description, boolean stock, boolean enabled,
			long version, List<FieldDefinition> fields) {
	}

	@GetMapping
	@Operation(summary = "The forms I may fill in, stock ones first (the approvals administrator: every form)")
	List<Summary> list(Authentication auth, Locale locale) {
		List<FormDefinition> forms = ApiCaller.of(auth).admin() ? catalog.all() : catalog.enabled();
		return forms.stream()
			.map(f -> new Summary(f.getKey(), f.name(locale), f.getIcon(), f.isStock(), f.isEnabled(), f.getVersion()))
			.toList();
	}

	@GetMapping("/{key}")
	@Operation(summary = "A form with its fields: type, label, required, help, options, limits, columns of a table")
	Detail get(Authentication auth, @PathVariable String key, Locale locale) {
		boolean admin = ApiCaller.of(auth).admin();
		FormDefinition form = catalog.byKey(key).filter(f -> admin || f.isEnabled()).orElseThrow(RecordNotFound::new);
		String description = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) && form.getDescriptionEn() != null
				? form.getDescriptionEn() : form.getDescription();
		return new Detail(form.getKey(), form.name(locale), form.getIcon(), description, form.isStock(),
				form.isEnabled(), form.getVersion(), form.getFields());
	}
}
