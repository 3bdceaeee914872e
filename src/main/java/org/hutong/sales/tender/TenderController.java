package org.hutong.sales.tender;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.web.HtmxFragment;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 招投标 pages: the lists (open tenders, bonds not yet returned, all), a deal's tenders, the form, the
 * tender's page with its decision, files and result. A refusal shows the page again with the reason
 * by its field (422); a stale version says so (409).
 */
@Controller
@RequestMapping("/sales/tenders")
class TenderController {

	private static final String BASE = "/sales/tenders/";

	private static final String SHOW = "sales/tender/show";

	private static final String FORM = "sales/tender/form";

	private final TenderSearch search;

	private final TenderDetails details;

	private final TenderManagement management;

	private final TenderFiles files;

	TenderController(TenderSearch search, TenderDetails details, TenderManagement management, TenderFiles files) {
		this.search = search;
		this.details = details;
		this.management = management;
		this.files = files;
	}

	@InitBinder({ "form", "decision", "result" })
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	/** A malformed filter shows the default list rather than an error. */
	@GetMapping
	@PreAuthorize(TenderPermissions.MAY_READ)
	@HtmxFragment("rows")
	String list(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") TenderFilter filter,
			BindingResult malformed, Model model) {
		TenderFilter query = filter == null || malformed.hasErrors() ? new TenderFilter(null, null, null, null, null) : filter;
		model.addAttribute("filter", query);
		model.addAttribute("page", search.page(me, query, TenderSearch.PAGE_SIZE));
		return "sales/tender/list";
	}

	/** The 招投标 section of a deal's page. */
	@GetMapping("/of-opportunity/{opportunityId}")
	@PreAuthorize(TenderPermissions.MAY_READ)
	String ofOpportunity(@AuthenticationPrincipal SignedInUser me, @PathVariable long opportunityId, Model model) {
		model.addAttribute("rows", search.ofOpportunity(me, opportunityId));
		model.addAttribute("newUrl", "/sales/tenders/new?opportunity=" + opportunityId);
		return "sales/tender/record-tenders";
	}

	@GetMapping("/new")
	@PreAuthorize(TenderPermissions.MAY_WRITE)
	String newForm(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) Long opportunity,
			Model model) {
		model.addAttribute("form", details.formFor(me, opportunity));
		return form(me, null, model);
	}

	@PostMapping
	@PreAuthorize(TenderPermissions.MAY_WRITE)
	String create(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("form") TenderForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Long id = errors.hasErrors() ? null : management.create(me, form, errors);
		if (id == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(me, null, model);
		}
		redirect.addFlashAttribute("notice", "tender.saved");
		return "redirect:" + BASE + id;
	}

	@GetMapping("/{id}")
	@PreAuthorize(TenderPermissions.MAY_READ)
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		return page(me, id, model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(TenderPermissions.MAY_WRITE)
	String editForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("form", details.formOf(me, id));
		return form(me, id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(TenderPermissions.MAY_WRITE)
	String update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("form") TenderForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				management.update(me, id, form, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("tender.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(me, id, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(me, id, model);
		}
		redirect.addFlashAttribute("notice", "tender.saved");
		return "redirect:" + BASE + id;
	}

	@PostMapping("/{id}/decision")
	@PreAuthorize(TenderPermissions.MAY_WRITE)
	String decide(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step(me, id, errors, model, response, redirect, "tender.decided",
				refusals -> management.decide(me, id, form, refusals));
	}

	@PostMapping("/{id}/result")
	@PreAuthorize(TenderPermissions.MAY_WRITE)
	String record(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("result") ResultForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step(me, id, errors, model, response, redirect, "tender.recorded",
				refusals -> management.record(me, id, form, refusals));
	}

	@PostMapping("/{id}/documents")
	@PreAuthorize(TenderPermissions.MAY_WRITE)
	String upload(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) DocumentKind kind, @RequestParam(required = false) MultipartFile file,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		BindingResult errors = new MapBindingResult(new HashMap<>(java.util.Map.of("file", "")), "upload");
		files.upload(me, id, kind, file, errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "upload", errors);
			return page(me, id, model);
		}
		redirect.addFlashAttribute("notice", "tender.file.saved");
		return "redirect:" + BASE + id + "#documents";
	}

	@GetMapping("/{id}/documents/{documentId}")
	@PreAuthorize(TenderPermissions.MAY_READ)
	void download(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long documentId,
			HttpServletResponse response) throws IOException {
		TenderFiles.Download file = files.download(me, id, documentId);
		if (!file.content().exists()) {
			// the row outlived its file (a store restored without it): nothing to send
			throw new org.hutong.web.RecordNotFound();
		}
		response.setContentType(file.type().contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		try (InputStream in = file.content().getInputStream()) {
			in.transferTo(response.getOutputStream());
		}
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(TenderPermissions.MAY_WRITE)
	String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		management.delete(me, id);
		redirect.addFlashAttribute("notice", "tender.deleted");
		return "redirect:/sales/tenders";
	}

	/** A step on the tender's page: refused, the page again with the reasons, 422; stale, 409. */
	private String step(SignedInUser me, long id, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect, String done, Consumer<BindingResult> work) {
		try {
			if (!errors.hasErrors()) {
				work.accept(errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("tender.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(me, id, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(me, id, model);
		}
		redirect.addFlashAttribute("notice", done);
		return "redirect:" + BASE + id;
	}

	private String page(SignedInUser me, long id, Model model) {
		model.addAttribute("tender", details.one(me, id));
		return SHOW;
	}

	private String form(SignedInUser me, Long id, Model model) {
		TenderForm form = (TenderForm) model.getAttribute("form");
		if (form == null) {
			// a value that did not convert (a letter in an amount) leaves no form; the binding result keeps what was typed
			form = TenderForm.forDeal(null, null);
		}
		model.addAttribute("draft", form);
		model.addAttribute("tenderId", id);
		model.addAttribute("dealName", details.dealName(me, form.opportunityId()));
		model.addAttribute("deals", form.opportunityId() == null ? details.dealChoices(me) : java.util.List.of());
		model.addAttribute("lotRows", Math.min(TenderForm.MAX_LOTS, Math.max(2, form.lots().size() + 1)));
		return FORM;
	}
}
