package org.hutong.sales.product;

import java.util.List;
import java.util.Locale;

import org.hutong.identity.SignedInUser;
import org.hutong.transfer.ErrorRow;
import org.hutong.transfer.ImportSubject;
import org.hutong.transfer.Imports;
import org.hutong.transfer.TransferJob;
import org.hutong.transfer.TransferUploads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * 导入 of products for those with {@code sales.products.write}: upload, map the columns, 试导入 and
 * 开始导入, 继续, and read a job, its refused rows and the importer's history. The jobs, files and
 * passes are the transfer module's; the rows go through {@link ProductRows}.
 */
@Service
@Transactional
public class ProductImports {

	public static final int PAGE_SIZE = 20;

	public static final int ERRORS_SHOWN = 100;

	/** Product imports: a mapping needs 编码, the key rows are matched by; labels are {@code product.import.field.<FIELD>}. */
	static final ImportSubject<ProductField> PRODUCTS = new ImportSubject<>("products", ProductField.class,
			ProductField.CODE, "product.import.mapping.codeMissing", "product.import.field.");

	private final TransferUploads uploads;

	private final Imports imports;

	ProductImports(TransferUploads uploads, Imports imports) {
		this.uploads = uploads;
		this.imports = imports;
	}

	/** Answers the new job's id, or {@code null} when {@code errors} says why not. */
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public Long upload(SignedInUser me, MultipartFile file, Locale locale, Errors errors) {
		return uploads.upload(me, PRODUCTS, file, null, locale, errors);
	}

	/** The API's one-step start: upload, map ({@code null} takes the suggestion) and queue, all or nothing. */
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public Long start(SignedInUser me, MultipartFile file, List<String> columns, boolean dryRun, Locale locale,
			Errors errors) {
		Long id = upload(me, file, locale, errors);
		if (id != null) {
			imports.queue(me, PRODUCTS, id, columns, dryRun, errors);
		}
		if (errors.hasErrors()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return null;
		}
		return id;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public TransferJob job(SignedInUser me, long id) {
		return imports.job(me, PRODUCTS, id);
	}

	@Transactional(readOnly = true)
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public List<TransferJob> history(SignedInUser me, String fileName, Long before, int limit) {
		return imports.history(me, PRODUCTS, fileName, before, limit);
	}

	/** Queues 试导入 ({@code dryRun}) or the real run with the mapping given, or the job's own when {@code null}. */
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public void queue(SignedInUser me, long id, List<String> columns, boolean dryRun, Errors errors) {
		imports.queue(me, PRODUCTS, id, columns, dryRun, errors);
	}

	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public boolean resume(SignedInUser me, long id) {
		return imports.resume(me, PRODUCTS, id);
	}

	@Transactional(readOnly = true)
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public List<ErrorRow> errors(SignedInUser me, long id, int limit) {
		return imports.errors(me, PRODUCTS, id, limit);
	}
}
