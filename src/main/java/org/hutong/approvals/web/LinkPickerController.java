package org.hutong.approvals.web;

import java.util.List;

import org.hutong.approvals.form.RecordKinds;
import org.hutong.shared.RecordLinks.RecordLink;
import org.hutong.web.RecordNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The picker of a form's link fields (报销's 关联客户): records of the kind that match what was typed,
 * among those the user may open, as choices under the box. The owning module answers from its
 * index, so a word most names share (电力) costs what a list page costs.
 */
@Controller
class LinkPickerController {

	static final int MATCHES = 8;

	private final RecordKinds records;

	LinkPickerController(RecordKinds records) {
		this.records = records;
	}

	@GetMapping("/approvals/links")
	String links(@RequestParam String kind, @RequestParam(name = "_q", defaultValue = "") String typed,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "false") boolean optional,
			Model model) {
		if (!records.known(kind) || !FormChoices.FIELD_NAME.matcher(name).matches()) {
			throw new RecordNotFound();
		}
		String text = typed.strip();
		List<RecordLink> matches = text.isEmpty() ? List.of() : records.matching(kind, text, MATCHES);
		model.addAttribute("matches", matches);
		model.addAttribute("typed", !text.isEmpty());
		model.addAttribute("name", name);
		model.addAttribute("required", !optional);
		return "approvals/request/links";
	}
}
