package org.hutong.projects.project;

import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.web.HtmxFragment;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 项目 pages: the portfolio (the 项目 tab), a customer's projects, the form, the project's page with its
 * phase bar, members and shares. A refusal shows the page again with the reason by its field (422); a
 * stale version says so (409).
 */
@Controller
@RequestMapping("/projects")
class ProjectController {

	private static final String BASE = "/projects/";

	private final ProjectSearch search;

	private final ProjectDetails details;

	private final ProjectManagement management;

	private final ProjectTeam team;

	private final ProjectChoices choices;

	ProjectController(ProjectSearch search, ProjectDetails details, ProjectManagement management, ProjectTeam team,
			ProjectChoices choices) {
		this.search = search;
		this.details = details;
		this.management = management;
		this.team = team;
		this.choices = choices;
	}

	@InitBinder({ "form", "filter" })
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	/** The portfolio; a malformed filter shows 我的项目 rather than an error. */
	@GetMapping
	@PreAuthorize(ProjectPermissions.MAY_READ)
	@HtmxFragment("rows")
	String list(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") ProjectFilter filter,
			BindingResult malformed, Model model) {
		ProjectFilter query = filter == null || malformed.hasErrors() ? ProjectFilter.mine() : filter;
		boolean departments = search.seesDepartments(me);
		if (query.scope() != ProjectScope.MINE && !departments) {
			query = ProjectFilter.mine();
		}
		model.addAttribute("filter", query);
		model.addAttribute("page", search.page(me, query, ProjectSearch.PAGE_SIZE));
		model.addAttribute("departments", departments);
		model.addAttribute("choices", choices.filters());
		return "projects/project/list";
	}

	/** The 项目 tab of a customer's page. */
	@GetMapping("/of-customer/{customerId}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String ofCustomer(@AuthenticationPrincipal SignedInUser me, @PathVariable long customerId, Model model) {
		model.addAttribute("rows", search.ofCustomer(me, customerId));
		model.addAttribute("customerId", customerId);
		return "projects/project/record-projects";
	}

	@GetMapping("/new")
	@PreAuthorize(ProjectPermissions.MAY_CREATE)
	String newForm(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) Long customer, Model model) {
		model.addAttribute("form", ProjectForm.blank(me.userId(), me.departmentId(), customer));
		return form(null, model);
	}

	@PostMapping
	@PreAuthorize(ProjectPermissions.MAY_CREATE)
	String create(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("form") ProjectForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Long id = errors.hasErrors() ? null : management.create(me, form, errors);
		if (id == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(null, model);
		}
		redirect.addFlashAttribute("notice", "project.saved");
		return "redirect:" + BASE + id;
	}

	@GetMapping("/{id}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		return page(me, id, model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String editForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		if (!details.one(me, id).mayWrite()) {
			throw new org.springframework.security.access.AccessDeniedException("project is read-only for this user");
		}
		model.addAttribute("form", details.formOf(me, id));
		return form(id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("form") ProjectForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				management.update(me, id, form, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("project.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(id, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(id, model);
		}
		redirect.addFlashAttribute("notice", "project.saved");
		return "redirect:" + BASE + id;
	}

	@PostMapping("/{id}/members")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String join(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) Long userId, @RequestParam(required = false) ProjectRole role, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step(me, id, "member", model, response, redirect, errors -> team.join(me, id, userId, role, errors));
	}

	@PostMapping("/{id}/members/{userId}/remove")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String leave(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long userId,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return step(me, id, "member", model, response, redirect, errors -> team.leave(me, id, userId, errors));
	}

	@PostMapping("/{id}/shares")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String share(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) Long userId, @RequestParam(required = false) ShareAccess access, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step(me, id, "share", model, response, redirect, errors -> team.share(me, id, userId, access, errors));
	}

	@PostMapping("/{id}/shares/{userId}/remove")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String unshare(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long userId,
			RedirectAttributes redirect) {
		team.unshare(me, id, userId);
		redirect.addFlashAttribute("notice", "project.team.saved");
		return "redirect:" + BASE + id + "#team";
	}

	/** A change to the team: refused, the page again with the reason by its field (422). */
	private String step(SignedInUser me, long id, String form, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Consumer<BindingResult> work) {
		BindingResult errors = new BeanPropertyBindingResult(new MemberForm(null, null, null), form);
		work.accept(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + form, errors);
			return page(me, id, model);
		}
		redirect.addFlashAttribute("notice", "project.team.saved");
		return "redirect:" + BASE + id + "#team";
	}

	private String page(SignedInUser me, long id, Model model) {
		ProjectDetails.ProjectView project = details.one(me, id);
		model.addAttribute("project", project);
		model.addAttribute("people", project.mayWrite() ? choices.people() : List.of());
		return "projects/project/show";
	}

	private String form(Long id, Model model) {
		ProjectForm form = (ProjectForm) model.getAttribute("form");
		model.addAttribute("draft", form != null ? form : ProjectForm.blank(null, null, null));
		model.addAttribute("projectId", id);
		model.addAttribute("formChoices", choices.form());
		return "projects/project/form";
	}
}
