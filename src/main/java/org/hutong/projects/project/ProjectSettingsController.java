package org.hutong.projects.project;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 项目设置: the project code rule and the 项目类型 list (add, rename, retire, restore). */
@Controller
@RequestMapping("/projects/settings")
@PreAuthorize(ProjectPermissions.MAY_SETTLE)
class ProjectSettingsController {

	private static final String PAGE = "redirect:/projects/settings";

	private final ProjectTypes types;

	private final ProjectCodes codes;

	ProjectSettingsController(ProjectTypes types, ProjectCodes codes) {
		this.types = types;
		this.codes = codes;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("types", types.all());
		model.addAttribute("rule", codes.rule());
		return "projects/project/settings";
	}

	@PostMapping("/code")
	String code(@RequestParam(required = false) String codePrefix, @RequestParam(required = false) Integer codeDigits,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return step("code", Map.of("codePrefix", codePrefix == null ? "" : codePrefix, "codeDigits",
				codeDigits == null ? "" : codeDigits), model, response, redirect,
				errors -> codes.change(codePrefix, codeDigits, errors));
	}

	@PostMapping("/types")
	String add(@RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean funded,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return step("type", Map.of("name", name == null ? "" : name), model, response, redirect,
				errors -> types.add(name, funded, errors));
	}

	@PostMapping("/types/{id}")
	String rename(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "false") boolean funded, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return step("type" + id, Map.of("name", name == null ? "" : name), model, response, redirect,
				errors -> types.rename(id, name, funded, errors));
	}

	@PostMapping("/types/{id}/retire")
	String retire(@PathVariable long id, @RequestParam(defaultValue = "true") boolean retired,
			RedirectAttributes redirect) {
		types.retire(id, retired);
		redirect.addFlashAttribute("notice", "project.settings.saved");
		return PAGE;
	}

	private String step(String form, Map<String, Object> typed, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Consumer<BindingResult> work) {
		BindingResult errors = new MapBindingResult(new HashMap<>(typed), form);
		work.accept(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + form, errors);
			return show(model);
		}
		redirect.addFlashAttribute("notice", "project.settings.saved");
		return PAGE;
	}
}
