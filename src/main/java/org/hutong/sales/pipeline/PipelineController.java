package org.hutong.sales.pipeline;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.sales.product.ProductPermissions;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /sales/pipelines} 销售流程: each pipeline with its stages (name, win probability, what entering
 * requires; moved up and down, added before 赢单, removed while open), new pipelines, and the 输单原因
 * list. Reading is for everyone who sells; changing is 销售设置's. A refusal answers 422 on the page
 * with the message by the pipeline or the stage it is about.
 */
@Controller
@RequestMapping("/sales/pipelines")
class PipelineController {

	private static final String PAGE = "sales/pipeline/list";

	private final Pipelines pipelines;

	PipelineController(Pipelines pipelines) {
		this.pipelines = pipelines;
	}

	@GetMapping
	@PreAuthorize(ProductPermissions.MAY_READ)
	String list(Model model) {
		return page(new PipelineEdit(null, null, null, null), null, model);
	}

	@PostMapping
	@PreAuthorize(ProductPermissions.MAY_ADMINISTER)
	String create(@RequestParam(defaultValue = "") String name, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PipelineEdit sent = new PipelineEdit(name, null, null, null);
		BindingResult errors = errors(sent);
		pipelines.create(name, errors);
		return done(sent, errors, "pipeline.saved", model, response, redirect);
	}

	@PostMapping("/{id}")
	@PreAuthorize(ProductPermissions.MAY_ADMINISTER)
	String rename(@PathVariable long id, @RequestParam(defaultValue = "") String name, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		PipelineEdit sent = new PipelineEdit(name, null, id, null);
		BindingResult errors = errors(sent);
		pipelines.rename(id, name, errors);
		return done(sent, errors, "pipeline.saved", model, response, redirect);
	}

	@PostMapping("/{id}/stages")
	@PreAuthorize(ProductPermissions.MAY_ADMINISTER)
	String addStage(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) String probability, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PipelineEdit sent = new PipelineEdit(name, percent(probability), id, 0L);
		BindingResult errors = errors(sent);
		if (probability != null && !probability.isBlank() && sent.probability() == null) {
			errors.rejectValue("probability", "pipeline.probability.range");
		}
		else {
			pipelines.addStage(id, name, sent.probability(), errors);
		}
		return done(sent, errors, "pipeline.saved", model, response, redirect);
	}

	@PostMapping("/{id}/stages/{stageId}")
	@PreAuthorize(ProductPermissions.MAY_ADMINISTER)
	String changeStage(@PathVariable long id, @PathVariable long stageId, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) String probability,
			@RequestParam(defaultValue = "false") boolean requiresAmount,
			@RequestParam(defaultValue = "false") boolean requiresCloseDate, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PipelineEdit sent = new PipelineEdit(name, percent(probability), id, stageId);
		BindingResult errors = errors(sent);
		if (probability != null && !probability.isBlank() && sent.probability() == null) {
			errors.rejectValue("probability", "pipeline.probability.range");
		}
		else {
			pipelines.changeStage(id, stageId, name, sent.probability(), requiresAmount, requiresCloseDate, errors);
		}
		return done(sent, errors, "pipeline.saved", model, response, redirect);
	}

	@PostMapping("/{id}/stages/{stageId}/move")
	@PreAuthorize(ProductPermissions.MAY_ADMINISTER)
	String moveStage(@PathVariable long id, @PathVariable long stageId, @RequestParam(defaultValue = "false") boolean up) {
		pipelines.moveStage(id, stageId, up);
		return "redirect:/sales/pipelines#pipeline-" + id;
	}

	@PostMapping("/{id}/stages/{stageId}/delete")
	@PreAuthorize(ProductPermissions.MAY_ADMINISTER)
	String removeStage(@PathVariable long id, @PathVariable long stageId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PipelineEdit sent = new PipelineEdit(null, null, id, stageId);
		BindingResult errors = errors(sent);
		pipelines.removeStage(id, stageId, errors);
		return done(sent, errors, "pipeline.stage.removed", model, response, redirect);
	}

	@PostMapping("/lost-reasons")
	@PreAuthorize(ProductPermissions.MAY_ADMINISTER)
	String addLostReason(@RequestParam(defaultValue = "") String name, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PipelineEdit sent = new PipelineEdit(name, null, -1L, null);
		BindingResult errors = errors(sent);
		pipelines.addLostReason(name, errors);
		return done(sent, errors, "pipeline.lostReason.saved", model, response, redirect);
	}

	@PostMapping("/lost-reasons/{id}/delete")
	@PreAuthorize(ProductPermissions.MAY_ADMINISTER)
	String removeLostReason(@PathVariable long id, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PipelineEdit sent = new PipelineEdit(null, null, -1L, null);
		BindingResult errors = errors(sent);
		pipelines.removeLostReason(id, errors);
		return done(sent, errors, "pipeline.lostReason.removed", model, response, redirect);
	}

	private static Integer percent(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(typed.strip().replace("%", "").strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static BindingResult errors(PipelineEdit sent) {
		return new BeanPropertyBindingResult(sent, "sent");
	}

	private String done(PipelineEdit sent, BindingResult errors, String notice, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(sent, errors, model);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/sales/pipelines" + (sent.pipelineId() == null || sent.pipelineId() < 0 ? ""
				: "#pipeline-" + sent.pipelineId());
	}

	private String page(PipelineEdit sent, BindingResult errors, Model model) {
		model.addAttribute("pipelines", pipelines.all());
		model.addAttribute("reasons", pipelines.lostReasons());
		model.addAttribute("sent", sent);
		if (errors != null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "sent", errors);
		}
		return PAGE;
	}
}
