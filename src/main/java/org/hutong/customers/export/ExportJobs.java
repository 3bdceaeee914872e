package org.hutong.customers.export;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.hutong.customers.customer.CustomerFilter;
import org.hutong.transfer.TransferJob;
import org.hutong.transfer.TransferJobRepository;
import org.hutong.transfer.TransferKind;
import org.hutong.transfer.TransferRunner;
import org.hutong.identity.SignedInUser;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * 导出 as a background job: the list's filter is kept on a job, the runner writes the file, the
 * page shows the progress and then offers the file. A job and its file are its creator's alone.
 */
@Service
@Transactional
public class ExportJobs {

	/** The subject customer exports carry, as customer imports do. */
	static final String SUBJECT = "customers";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
		.withZone(EnterpriseZone.DEFAULT);

	private final TransferJobRepository jobs;

	private final TransferRunner runner;

	private final JsonMapper json;

	private final Clock clock;

	ExportJobs(TransferJobRepository jobs, TransferRunner runner, JsonMapper json, Clock clock) {
		this.jobs = jobs;
		this.runner = runner;
		this.json = json;
		this.clock = clock;
	}

	/** Queues an export of the list as filtered; answers the job's id. */
	@PreAuthorize(CustomerExportController.MAY_EXPORT)
	public long start(SignedInUser me, CustomerFilter filter, Locale locale, String fileStem) {
		TransferJob job = TransferJob.export(SUBJECT, me.userId(), me.getUsername(), locale.toLanguageTag(), clock.instant());
		job.exporting(json.writeValueAsString(filter), fileStem + "-" + STAMP.format(clock.instant()) + ".xlsx");
		long id = jobs.save(job).getId();
		runner.submitAfterCommit(id);
		return id;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(CustomerExportController.MAY_EXPORT)
	public TransferJob job(SignedInUser me, long id) {
		return jobs.findByIdAndCreatedByAndSubjectAndKind(id, me.userId(), SUBJECT, TransferKind.EXPORT).orElseThrow(RecordNotFound::new);
	}
}
