package org.hutong.customers.imports;

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
 * {@code /api/v1/customers/imports}: start an import from a multipart upload ({@code file}, optional
 * {@code mapping} — one field name per column in file order, empty to skip; the header suggestion
 * when absent — {@code target} OWNER or POOL, {@code ownerId}, {@code dryRun}, default true), then
 * poll the job and list its refused rows. A job started with {@code dryRun=true} runs for real with
 * {@code POST …/{id}/run}. Bad input answers 400 problem+json naming {@code file}, {@code ownerId}
 * or {@code mapping}; an upload over the size limit answers 413. A job is its creator's alone.
 */
@RestController
@RequestMapping("/api/v1/customers/imports")
class ImportApiController {

	private final ImportManagement imports;

	private final MessageSource messages;

	ImportApiController(ImportManagement imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	ResponseEntity<ImportJobView> start(@AuthenticationPrincipal SignedInUser me,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String target,
			@RequestParam(required = false) Long ownerId, @RequestParam(required = false) List<String> mapping,
			@RequestParam(defaultValue = "true") boolean dryRun, Locale locale) throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "import");
		Long id = imports.start(me, new ImportForm(file, target, ownerId), mapping, dryRun, locale, errors);
		if (id == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.accepted().location(URI.create("/api/v1/customers/imports/" + id))
			.body(view(me, id, locale));
	}

	@GetMapping("/{id}")
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	ImportJobView get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Locale locale) {
		return view(me, id, locale);
	}

	/** The refused rows, in file order: row number, field and reason in the importer's language. */
	@GetMapping("/{id}/errors")
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	List<ErrorRow> errors(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return imports.errors(me, id, Integer.MAX_VALUE);
	}

	/** The real run after a dry run, with the job's mapping. */
	@PostMapping("/{id}/run")
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	ResponseEntity<ImportJobView> run(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Locale locale)
			throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "import");
		imports.run(me, id, null, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return ResponseEntity.accepted().body(view(me, id, locale));
	}

	private ImportJobView view(SignedInUser me, long id, Locale locale) {
		TransferJob job = imports.job(me, id);
		String failure = job.getFailure() == null ? null
				: messages.getMessage(job.getFailure(), new Object[] { 0 }, job.getFailure(), locale);
		return ImportJobView.of(job, failure);
	}
}
