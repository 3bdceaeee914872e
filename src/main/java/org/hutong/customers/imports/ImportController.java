package org.hutong.customers.imports;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.shared.Texts;
import org.hutong.transfer.ErrorRow;
import org.hutong.transfer.ErrorWorkbook;
import org.hutong.transfer.TransferJob;
import org.hutong.transfer.XlsxDownload;
import org.hutong.web.HtmxFragment;
import org.hutong.web.UnreadableForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 导入 pages: the history of my imports, the upload form, and one job's page — map the columns, 试导入,
 * 开始导入, watch the progress bar (htmx polls {@code /progress}), see the refused rows, download them.
 */
@Controller
class ImportController {

	/** The longest file-name search the list takes. */
	static final int MAX_QUERY = 50;

	private final ImportUploads uploads;

	private final ImportManagement imports;

	private final ImportWorkbooks workbooks;

	private final ImportPages pages;

	private final ErrorWorkbook errorWorkbook;

	ImportController(ImportUploads uploads, ImportManagement imports, ImportWorkbooks workbooks, ImportPages pages,
			ErrorWorkbook errorWorkbook) {
		this.uploads = uploads;
		this.imports = imports;
		this.workbooks = workbooks;
		this.pages = pages;
		this.errorWorkbook = errorWorkbook;
	}

	@GetMapping("/customers/imports")
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	@HtmxFragment("rows")
	String list(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long before, Model model) {
		String named = Texts.clean(q);
		named = named == null || named.length() <= MAX_QUERY ? named : named.substring(0, MAX_QUERY);
		List<TransferJob> jobs = imports.history(me, named, before, ImportManagement.PAGE_SIZE + 1);
		model.addAttribute("q", named);
		boolean more = jobs.size() > ImportManagement.PAGE_SIZE;
		List<TransferJob> shown = more ? jobs.subList(0, ImportManagement.PAGE_SIZE) : jobs;
		model.addAttribute("jobs", shown);
		model.addAttribute("first", before == null);
		model.addAttribute("next", more ? shown.get(shown.size() - 1).getId() : null);
		return "customers/imports/list";
	}

	@GetMapping("/customers/imports/new")
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	String newForm(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("form", ImportForm.blank());
		pages.uploadModel(me, model);
		return "customers/imports/new";
	}

	@PostMapping("/customers/imports")
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	String create(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") ImportForm form, BindingResult errors,
			Locale locale, Model model, HttpServletResponse response) throws BindException {
		UnreadableForm.rejectIfAny(errors);
		Long id = errors.hasErrors() ? null : uploads.upload(me, form, locale, errors);
		if (id == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			pages.uploadModel(me, model);
			return "customers/imports/new";
		}
		return "redirect:/customers/imports/" + id;
	}

	@GetMapping("/customers/imports/template.xlsx")
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	void template(Locale locale, HttpServletResponse response) throws IOException {
		XlsxDownload.prepare(response, pages.text("import.template.fileName", locale) + ".xlsx");
		workbooks.template(locale, response.getOutputStream());
	}

	@GetMapping("/customers/imports/{id}")
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		pages.jobModel(me, imports.job(me, id), model);
		return "customers/imports/show";
	}

	/** The progress bar; once the pass is over, htmx reloads the page to show its outcome. */
	@GetMapping("/customers/imports/{id}/progress")
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	String progress(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model,
			HttpServletResponse response) {
		TransferJob job = imports.job(me, id);
		if (!job.isBusy()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("job", job);
		return "customers/imports/progress";
	}

	@PostMapping("/customers/imports/{id}/check")
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	String check(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(name = "column", required = false) String[] columns, Locale locale, Model model,
			HttpServletResponse response) {
		return queue(me, id, columns, true, locale, model, response);
	}

	@PostMapping("/customers/imports/{id}/run")
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	String run(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(name = "column", required = false) String[] columns, Locale locale, Model model,
			HttpServletResponse response) {
		return queue(me, id, columns, false, locale, model, response);
	}

	@PostMapping("/customers/imports/{id}/resume")
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	String resume(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		if (!imports.resume(me, id)) {
			redirect.addFlashAttribute("notice", "import.notResumable");
		}
		return "redirect:/customers/imports/" + id;
	}

	@GetMapping("/customers/imports/{id}/errors.xlsx")
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	void errors(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Locale locale,
			HttpServletResponse response) throws IOException {
		TransferJob job = imports.job(me, id);
		List<ErrorRow> errors = imports.errors(me, id, Integer.MAX_VALUE);
		XlsxDownload.prepare(response, pages.text("import.errors.fileName", locale) + "-" + id + ".xlsx");
		errorWorkbook.write(job, ImportManagement.CUSTOMERS, errors, locale, response.getOutputStream());
	}

	private String queue(SignedInUser me, long id, String[] columns, boolean dryRun, Locale locale, Model model,
			HttpServletResponse response) {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "import");
		List<String> mapping = columns == null ? null : Arrays.asList(columns);
		if (dryRun) {
			imports.check(me, id, mapping, errors);
		}
		else {
			imports.run(me, id, mapping, errors);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			pages.jobModel(me, imports.job(me, id), model);
			model.addAttribute("mappingErrors", errors.getAllErrors().stream().map(e -> pages.text(e, locale)).toList());
			return "customers/imports/show";
		}
		return "redirect:/customers/imports/" + id;
	}
}
