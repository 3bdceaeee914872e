package org.hutong.sales.product;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.shared.Texts;
import org.hutong.transfer.ErrorWorkbook;
import org.hutong.transfer.Imports;
import org.hutong.transfer.TransferJob;
import org.hutong.transfer.TransferSettings;
import org.hutong.transfer.XlsxDownload;
import org.hutong.web.HtmxFragment;
import org.hutong.web.UnreadableForm;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 产品导入 pages, as the customers' are: my imports, the upload form with the template, and one job's
 * page — map the columns, 试导入, 开始导入, the progress bar (htmx polls {@code /progress}), the refused
 * rows beside their reasons and the 错误行 file.
 */
@Controller
@RequestMapping("/sales/products/imports")
@PreAuthorize(ProductPermissions.MAY_WRITE)
class ProductImportController {

	private static final String BASE = "/sales/products/imports";

	/** The longest file-name search the list takes. */
	static final int MAX_QUERY = 50;

	private final ProductImports imports;

	private final ProductSheets sheets;

	private final ErrorWorkbook errorWorkbook;

	private final MessageSource messages;

	private final TransferSettings settings;

	ProductImportController(ProductImports imports, ProductSheets sheets, ErrorWorkbook errorWorkbook,
			MessageSource messages, TransferSettings settings) {
		this.imports = imports;
		this.sheets = sheets;
		this.errorWorkbook = errorWorkbook;
		this.messages = messages;
		this.settings = settings;
	}

	@GetMapping
	@HtmxFragment("rows")
	String list(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long before, Model model) {
		String named = Texts.clean(q);
		named = named == null || named.length() <= MAX_QUERY ? named : named.substring(0, MAX_QUERY);
		List<TransferJob> jobs = imports.history(me, named, before, ProductImports.PAGE_SIZE + 1);
		boolean more = jobs.size() > ProductImports.PAGE_SIZE;
		List<TransferJob> shown = more ? jobs.subList(0, ProductImports.PAGE_SIZE) : jobs;
		model.addAttribute("q", named);
		model.addAttribute("jobs", shown);
		model.addAttribute("first", before == null);
		model.addAttribute("next", more ? shown.get(shown.size() - 1).getId() : null);
		return "sales/product/imports/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new ProductImportForm(null));
		uploadModel(model);
		return "sales/product/imports/new";
	}

	@PostMapping
	String create(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") ProductImportForm form,
			BindingResult errors, Locale locale, Model model, HttpServletResponse response) throws BindException {
		UnreadableForm.rejectIfAny(errors);
		Long id = errors.hasErrors() ? null : imports.upload(me, form.file(), locale, errors);
		if (id == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			uploadModel(model);
			return "sales/product/imports/new";
		}
		return "redirect:" + BASE + "/" + id;
	}

	@GetMapping("/template.xlsx")
	void template(Locale locale, HttpServletResponse response) throws IOException {
		XlsxDownload.prepare(response, messages.getMessage("product.import.template.fileName", null, locale) + ".xlsx");
		sheets.template(locale, response.getOutputStream());
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		jobModel(me, imports.job(me, id), model);
		return "sales/product/imports/show";
	}

	/** The progress bar; once the pass is over, htmx reloads the page to show its outcome. */
	@GetMapping("/{id}/progress")
	String progress(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model,
			HttpServletResponse response) {
		TransferJob job = imports.job(me, id);
		if (!job.isBusy()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("job", job);
		return "sales/product/imports/progress";
	}

	@PostMapping("/{id}/check")
	String check(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(name = "column", required = false) String[] columns, Locale locale, Model model,
			HttpServletResponse response) {
		return queue(me, id, columns, true, locale, model, response);
	}

	@PostMapping("/{id}/run")
	String run(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(name = "column", required = false) String[] columns, Locale locale, Model model,
			HttpServletResponse response) {
		return queue(me, id, columns, false, locale, model, response);
	}

	@PostMapping("/{id}/resume")
	String resume(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		if (!imports.resume(me, id)) {
			redirect.addFlashAttribute("notice", "import.notResumable");
		}
		return "redirect:" + BASE + "/" + id;
	}

	@GetMapping("/{id}/errors.xlsx")
	void errors(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Locale locale,
			HttpServletResponse response) throws IOException {
		TransferJob job = imports.job(me, id);
		XlsxDownload.prepare(response, messages.getMessage("import.errors.fileName", null, locale) + "-" + id + ".xlsx");
		errorWorkbook.write(job, ProductImports.PRODUCTS, imports.errors(me, id, Integer.MAX_VALUE), locale,
				response.getOutputStream());
	}

	private String queue(SignedInUser me, long id, String[] columns, boolean dryRun, Locale locale, Model model,
			HttpServletResponse response) {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "import");
		imports.queue(me, id, columns == null ? null : Arrays.asList(columns), dryRun, errors);
		if (!errors.hasErrors()) {
			return "redirect:" + BASE + "/" + id;
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		jobModel(me, imports.job(me, id), model);
		model.addAttribute("mappingErrors",
				errors.getAllErrors().stream().map(error -> messages.getMessage(error, locale)).toList());
		return "sales/product/imports/show";
	}

	private void uploadModel(Model model) {
		model.addAttribute("maxMegabytes", settings.maxFileSize().toMegabytes());
		model.addAttribute("maxRows", settings.maxRows());
	}

	private void jobModel(SignedInUser me, TransferJob job, Model model) {
		model.addAttribute("job", job);
		model.addAttribute("maxRowsShown", settings.maxRows());
		model.addAttribute("header", Imports.header(job));
		model.addAttribute("mapping", Imports.mapping(ProductImports.PRODUCTS, job).names());
		model.addAttribute("fields", ProductImports.PRODUCTS.all());
		model.addAttribute("rowErrors",
				job.isBusy() ? List.of() : imports.errors(me, job.getId(), ProductImports.ERRORS_SHOWN));
	}
}
