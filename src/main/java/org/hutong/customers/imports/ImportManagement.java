package org.hutong.customers.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.web.RecordNotFound;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.Errors;

/**
 * 导入, after the upload: map the columns and 试导入 (dry run), 开始导入 (the real run), 继续 (resume
 * an interrupted one), and read a job, its refused rows and the importer's history. A job is its
 * creator's alone: anyone else, in this enterprise or another, gets "not found".
 */
@Service
@Transactional
public class ImportManagement {

	public static final int PAGE_SIZE = 20;

	public static final int ERRORS_SHOWN = 100;

	private final TransferJobRepository repository;

	private final TransferJobs jobs;

	private final TransferRunner runner;

	private final TenantJdbc jdbc;

	private final ImportUploads uploads;

	ImportManagement(TransferJobRepository repository, TransferJobs jobs, TransferRunner runner, TenantJdbc jdbc,
			ImportUploads uploads) {
		this.repository = repository;
		this.jobs = jobs;
		this.runner = runner;
		this.jdbc = jdbc;
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
			queue(me, id, columns, dryRun, errors);
		}
		if (errors.hasErrors()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return null;
		}
		return id;
	}

	/** One refused row as pages and the API show it. */
	public record ErrorRow(int row, String field, String message) {
	}

	@Transactional(readOnly = true)
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	public TransferJob job(SignedInUser me, long id) {
		return repository.findByIdAndCreatedByAndKind(id, me.userId(), TransferKind.IMPORT)
			.orElseThrow(RecordNotFound::new);
	}

	/** The importer's jobs, newest first, {@code limit} of them before the job id {@code before}. */
	@Transactional(readOnly = true)
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	public List<TransferJob> history(SignedInUser me, Long before, int limit) {
		return history(me, null, before, limit);
	}

	/** The importer's jobs whose file name holds {@code fileName} (any case; none: all), newest first. */
	@Transactional(readOnly = true)
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	public List<TransferJob> history(SignedInUser me, String fileName, Long before, int limit) {
		long until = before == null ? Long.MAX_VALUE : before;
		if (fileName == null) {
			return repository.page(me.userId(), TransferKind.IMPORT, until, Limit.of(limit));
		}
		String pattern = "%" + fileName.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
			.replace("_", "!_") + "%";
		return repository.pageNamed(me.userId(), TransferKind.IMPORT, until, pattern, Limit.of(limit));
	}

	/** The file's header row, column by column. */
	public static List<String> header(TransferJob job) {
		return job.getHeader() == null ? List.of() : Arrays.asList(job.getHeader().split("\t", -1));
	}

	/** Checks the mapping and queues 试导入 with it; {@code errors} says what is wrong with the mapping. */
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	public void check(SignedInUser me, long id, List<String> columns, Errors errors) {
		queue(me, id, columns, true, errors);
	}

	/** Queues the real run with the mapping given, or the job's own when {@code columns} is {@code null}. */
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	public void run(SignedInUser me, long id, List<String> columns, Errors errors) {
		queue(me, id, columns, false, errors);
	}

	/** 继续: a failed pass, or one whose node stopped, goes on after its last committed row. */
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	public boolean resume(SignedInUser me, long id) {
		job(me, id);
		boolean queued = jobs.resume(TenantContext.require(), id);
		if (queued) {
			submitAfterCommit(id);
		}
		return queued;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(ImportUploads.MAY_IMPORT)
	public List<ErrorRow> errors(SignedInUser me, long id, int limit) {
		job(me, id);
		return jdbc.sql("""
				SELECT row_no, field, message FROM customers_import_error
				WHERE tenant_id = :tenantId AND job_id = :id ORDER BY row_no, id LIMIT :limit""")
			.param("id", id)
			.param("limit", limit)
			.query((rs, n) -> new ErrorRow(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private void queue(SignedInUser me, long id, List<String> columns, boolean dryRun, Errors errors) {
		TransferJob job = job(me, id);
		ImportMapping mapping = columns == null ? ImportMapping.parse(job.getMapping(), header(job).size())
				: ImportMapping.parse(String.join(",", fit(columns, header(job).size())), header(job).size());
		if (!mapping.maps(ImportField.NAME)) {
			errors.rejectValue("mapping", "import.mapping.nameMissing");
		}
		mapping.doubled().ifPresent(field -> errors.rejectValue("mapping", "import.mapping.doubled",
				new Object[] { new DefaultMessageSourceResolvable("import.field." + field.name()) }, null));
		if (errors.hasErrors()) {
			return;
		}
		if (!jobs.queue(TenantContext.require(), id, dryRun, mapping.text())) {
			errors.rejectValue("mapping", "import.busy");
			return;
		}
		submitAfterCommit(id);
	}

	private static List<String> fit(List<String> columns, int width) {
		List<String> fitted = new ArrayList<>(columns);
		while (fitted.size() < width) {
			fitted.add("");
		}
		return fitted.subList(0, width).stream().map(c -> c == null ? "" : c.replace(",", "")).toList();
	}

	private void submitAfterCommit(long id) {
		long tenantId = TenantContext.require();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				runner.submit(tenantId, id);
			}
		});
	}
}
