package org.hutong.transfer;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 导入 jobs of any subject, after the upload: map the columns and queue 试导入 (dry run) or the real
 * run, 继续 (resume an interrupted one), and read a job, its refused rows and the importer's history.
 * A job is its creator's alone: anyone else, in this enterprise or another, gets "not found". Checks
 * no permission: each module's facade in front of it does.
 */
@Service
@Transactional
public class Imports {

	private final TransferJobRepository repository;

	private final TransferJobs jobs;

	private final TransferRunner runner;

	private final TenantJdbc jdbc;

	Imports(TransferJobRepository repository, TransferJobs jobs, TransferRunner runner, TenantJdbc jdbc) {
		this.repository = repository;
		this.jobs = jobs;
		this.runner = runner;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public TransferJob job(SignedInUser me, ImportSubject<?> subject, long id) {
		return repository.findByIdAndCreatedByAndSubjectAndKind(id, me.userId(), subject.name(), TransferKind.IMPORT)
			.orElseThrow(RecordNotFound::new);
	}

	/** The importer's jobs whose file name holds {@code fileName} (any case; none: all), newest first. */
	@Transactional(readOnly = true)
	public List<TransferJob> history(SignedInUser me, ImportSubject<?> subject, String fileName, Long before,
			int limit) {
		long until = before == null ? Long.MAX_VALUE : before;
		if (fileName == null) {
			return repository.page(me.userId(), subject.name(), TransferKind.IMPORT, until, Limit.of(limit));
		}
		String pattern = "%" + fileName.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
			.replace("_", "!_") + "%";
		return repository.pageNamed(me.userId(), subject.name(), TransferKind.IMPORT, until, pattern,
				Limit.of(limit));
	}

	/** The file's header row, column by column. */
	public static List<String> header(TransferJob job) {
		return job.getHeader() == null ? List.of() : Arrays.asList(job.getHeader().split("\t", -1));
	}

	/** The job's mapping, over its header's width. */
	public static <F extends Enum<F> & ImportColumn> ColumnMapping<F> mapping(ImportSubject<F> subject,
			TransferJob job) {
		return subject.parse(job.getMapping(), header(job).size());
	}

	/**
	 * Checks the mapping ({@code null}: the job's own) and queues a pass with it; {@code errors} says
	 * what is wrong with the mapping, or that a pass is busy.
	 */
	public <F extends Enum<F> & ImportColumn> void queue(SignedInUser me, ImportSubject<F> subject, long id,
			List<String> columns, boolean dryRun, Errors errors) {
		TransferJob job = job(me, subject, id);
		int width = header(job).size();
		ColumnMapping<F> mapping = subject.parse(columns == null ? job.getMapping() : String.join(",", fit(columns, width)),
				width);
		if (!mapping.maps(subject.required())) {
			errors.rejectValue("mapping", subject.requiredMissing());
		}
		mapping.doubled().ifPresent(field -> errors.rejectValue("mapping", "import.mapping.doubled",
				new Object[] { new DefaultMessageSourceResolvable(subject.labelKey(field)) }, null));
		if (errors.hasErrors()) {
			return;
		}
		if (!jobs.queue(TenantContext.require(), id, dryRun, mapping.text())) {
			errors.rejectValue("mapping", "import.busy");
			return;
		}
		runner.submitAfterCommit(id);
	}

	/** 继续: a failed pass, or one whose node stopped, goes on after its last committed row. */
	public boolean resume(SignedInUser me, ImportSubject<?> subject, long id) {
		job(me, subject, id);
		boolean queued = jobs.resume(TenantContext.require(), id);
		if (queued) {
			runner.submitAfterCommit(id);
		}
		return queued;
	}

	@Transactional(readOnly = true)
	public List<ErrorRow> errors(SignedInUser me, ImportSubject<?> subject, long id, int limit) {
		job(me, subject, id);
		return jdbc.sql("""
				SELECT row_no, field, message FROM customers_import_error
				WHERE tenant_id = :tenantId AND job_id = :id ORDER BY row_no, id LIMIT :limit""")
			.param("id", id)
			.param("limit", limit)
			.query((rs, n) -> new ErrorRow(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private static List<String> fit(List<String> columns, int width) {
		List<String> fitted = new ArrayList<>(columns);
		while (fitted.size() < width) {
			fitted.add("");
		}
		return fitted.subList(0, width).stream().map(c -> c == null ? "" : c.replace(",", "")).toList();
	}
}
