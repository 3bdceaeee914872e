package org.hutong.customers.export;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.hutong.customers.customer.CustomerFilter;
import org.hutong.transfer.TransferFiles;
import org.hutong.transfer.TransferJob;
import org.hutong.transfer.TransferStatus;
import org.hutong.transfer.XlsxDownload;
import org.hutong.identity.SignedInUser;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * 导出: {@code POST /customers/exports?<the list's filters>} starts a background export job whose page,
 * {@code /customers/exports/{id}}, shows a progress bar and then offers the file; only its creator
 * reaches either. {@code GET /customers/export.xlsx?<filters>} still streams the file in the request,
 * for scripts and small lists.
 */
@Controller
class CustomerExportController {

	static final String MAY_EXPORT = "hasAuthority('customers.export')";

	static final String XLSX = XlsxDownload.TYPE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
		.withZone(EnterpriseZone.DEFAULT);

	private final CustomerExport export;

	private final ExportJobs jobs;

	private final TransferFiles files;

	private final MessageSource messages;

	private final Clock clock;

	CustomerExportController(CustomerExport export, ExportJobs jobs, TransferFiles files, MessageSource messages,
			Clock clock) {
		this.export = export;
		this.jobs = jobs;
		this.files = files;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/customers/exports")
	@PreAuthorize(MAY_EXPORT)
	String start(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute CustomerFilter filter, Locale locale) {
		long id = jobs.start(me, filter, locale, messages.getMessage("export.fileStem", null, locale));
		return "redirect:/customers/exports/" + id;
	}

	@GetMapping("/customers/exports/{id}")
	@PreAuthorize(MAY_EXPORT)
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("job", jobs.job(me, id));
		return "customers/export/show";
	}

	/** The progress bar; once the file is written, htmx reloads the page to offer it. */
	@GetMapping("/customers/exports/{id}/progress")
	@PreAuthorize(MAY_EXPORT)
	String progress(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model,
			HttpServletResponse response) {
		TransferJob job = jobs.job(me, id);
		if (!job.isBusy()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("job", job);
		return "customers/export/progress";
	}

	@GetMapping("/customers/exports/{id}/file")
	@PreAuthorize(MAY_EXPORT)
	ResponseEntity<Resource> file(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		TransferJob job = jobs.job(me, id);
		if (job.getStatus() != TransferStatus.DONE || job.getResultKey() == null) {
			throw new RecordNotFound();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, XlsxDownload.disposition(job.getFileName()))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(files.open(job.getResultKey()));
	}

	@GetMapping("/customers/export.xlsx")
	@PreAuthorize(MAY_EXPORT)
	void export(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute CustomerFilter filter, Locale locale,
			HttpServletResponse response) throws IOException {
		String name = "客户-" + STAMP.format(clock.instant()) + ".xlsx";
		XlsxDownload.prepare(response, name);
		export.write(me, filter, locale, response.getOutputStream());
	}
}
