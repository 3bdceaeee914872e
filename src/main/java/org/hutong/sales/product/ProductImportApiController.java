package org.hutong.sales.product;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.hutong.identity.SignedInUser;
import org.hutong.transfer.ErrorRow;
import org.hutong.transfer.TransferJob;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/products/imports}, as the customers' import API: start an import from a multipart
 * upload ({@code file}, optional {@code mapping} — one field name per column in file order, empty to
 * skip; the header suggestion when absent — and {@code dryRun}, default true), then poll the job and
 * list its refused rows; {@code POST …/{id}/run} runs a checked job for real. Bad input answers 400
 * problem+json naming {@code file} or {@code mapping}. A job is its creator's alone.
 */
@RestController
@RequestMapping("/api/v1/products/imports")
@PreAuthorize(ProductPermissions.MAY_WRITE)
class ProductImportApiController {

	private final ProductImports imports;

	private final MessageSource messages;

	ProductImportApiController(ProductImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ProductImportView> start(@AuthenticationPrincipal SignedInUser me,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) List<String> mapping,
			@RequestParam(defaultValue = "true") boolean dryRun, Locale locale) throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "import");
		Long id = imports.start(me, file, mapping, dryRun, locale, errors);
		if (id == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.accepted().location(URI.create("/api/v1/products/imports/" + id)).body(view(me, id, locale));
	}

	@GetMapping("/{id}")
	ProductImportView get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Locale locale) {
		return view(me, id, locale);
	}

	/** The refused rows, in file order: row number, field and reason in the importer's language. */
	@GetMapping("/{id}/errors")
	List<ErrorRow> errors(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return imports.errors(me, id, Integer.MAX_VALUE);
	}

	/** The real run after a dry run, with the job's mapping. */
	@PostMapping("/{id}/run")
	ResponseEntity<ProductImportView> run(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			Locale locale) throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "import");
		imports.queue(me, id, null, false, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return ResponseEntity.accepted().body(view(me, id, locale));
	}

	private ProductImportView view(SignedInUser me, long id, Locale locale) {
		TransferJob job = imports.job(me, id);
		String failure = job.getFailure() == null ? null
				: messages.getMessage(job.getFailure(), new Object[] { 0 }, job.getFailure(), locale);
		return ProductImportView.of(job, failure);
	}
}
