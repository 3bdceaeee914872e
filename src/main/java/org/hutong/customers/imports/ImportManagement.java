package org.hutong.customers.imports;

import java.util.List;
import java.util.Locale;

import org.hutong.identity.SignedInUser;
import org.hutong.transfer.ErrorRow;
import org.hutong.transfer.ImportSubject;
import org.hutong.transfer.Imports;
import org.hutong.transfer.TransferJob;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.Errors;

/**
 * 导入 of customers, after the upload: map the columns and 试导入 (dry run), 开始导入 (the real run),
 * 继续 (resume an interrupted one), and read a job, its refused rows and the importer's history,
 * for those with {@code customers.import}. The jobs themselves are the transfer module's.
 */
@Service
@Transactional
public class ImportManagement {

	public static final int PAGE_SIZE = 20;

	public static final int ERRORS_SHOWN = 100;

	/** Customer imports: a mapping needs 客户名称; labels are {@code import.field.<FIELD>}. */
	static final ImportSubject<ImportField> CUSTOMERS = new ImportSubject<>("customers", ImportField.class,
			ImportField.NAME, "import.mapping.nameMissing", "import.field.");

	private final Imports imports;

	private final ImportUploads uploads;

	ImportManagement(Imports imports, ImportUploads uploads) {
		this.imports = imports;
		this.uploads = uploads;
	}

	/**
	 * The API's one-step start: upload, map ({@code null} takes the suggestion) and queue a dry or a real
	 * run, all or nothing. Answers the job's id, or {@code null} when {@code errors} says why not.
	 */
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	public Long start(SignedInUser me, ImportForm form, List<String> columns, boolean dryRun, Locale locale,
			Errors errors) {
		Long id = uploads.upload(me, form, locale, errors);
		if (id != null) {
			imports.queue(me, CUSTOMERS, id, columns, dryRun, errors);
		}
		if (errors.hasErrors()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return null;
		}
		return id;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	public TransferJob job(SignedInUser me, long id) {
		return imports.job(me, CUSTOMERS, id);
	}

	/** The importer's jobs whose file name holds {@code fileName} (any case; none: all), newest first. */
	@Transactional(readOnly = true)
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	public List<TransferJob> history(SignedInUser me, String fileName, Long before, int limit) {
		return imports.history(me, CUSTOMERS, fileName, before, limit);
	}

	/** Checks the mapping and queues 试导入 with it; {@code errors} says what is wrong with the mapping. */
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	public void check(SignedInUser me, long id, List<String> columns, Errors errors) {
		imports.queue(me, CUSTOMERS, id, columns, true, errors);
	}

	/** Queues the real run with the mapping given, or the job's own when {@code columns} is {@code null}. */
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	public void run(SignedInUser me, long id, List<String> columns, Errors errors) {
		imports.queue(me, CUSTOMERS, id, columns, false, errors);
	}

	/** 继续: a failed pass, or one whose node stopped, goes on after its last committed row. */
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	public boolean resume(SignedInUser me, long id) {
		return imports.resume(me, CUSTOMERS, id);
	}

	@Transactional(readOnly = true)
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	public List<ErrorRow> errors(SignedInUser me, long id, int limit) {
		return imports.errors(me, CUSTOMERS, id, limit);
	}
}
