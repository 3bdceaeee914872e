package org.hutong.customers.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.hutong.customers.customer.CustomerFilter;
import org.hutong.transfer.TransferFiles;
import org.hutong.transfer.TransferJob;
import org.hutong.transfer.TransferJobs;
import org.hutong.transfer.TransferKind;
import org.hutong.transfer.TransferStatus;
import org.hutong.transfer.TransferWork;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantContext;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * An export job's work: {@link CustomerExport} as its creator, into a file of the enterprise's
 * transfer folder, reporting rows written after each batch. An export is short and writes nothing
 * but its file, so an interrupted one starts again from the top rather than resuming.
 */
@Component
class ExportRun implements TransferWork {

	private final CustomerExport export;

	private final TransferFiles files;

	private final TransferJobs jobs;

	private final JsonMapper json;

	ExportRun(CustomerExport export, TransferFiles files, TransferJobs jobs, JsonMapper json) {
		this.export = export;
		this.files = files;
		this.jobs = jobs;
		this.json = json;
	}

	@Override
	public String subject() {
		return ExportJobs.SUBJECT;
	}

	@Override
	public TransferKind kind() {
		return TransferKind.EXPORT;
	}

	@Override
	public void run(TransferJob job, String claim, SignedInUser creator) {
		long tenantId = TenantContext.require();
		CustomerFilter filter = json.readValue(job.getFilter(), CustomerFilter.class);
		String key = files.newKey(tenantId);
		try (OutputStream out = files.write(key)) {
			export.write(creator, filter, Locale.forLanguageTag(job.getLocale()), out,
					(written, total) -> jobs.progress(tenantId, job.getId(), claim, written, total));
		}
		catch (IOException stopped) {
			files.discard(key);
			if (!stopped.getMessage().equals("export stopped")) {
				throw new UncheckedIOException(stopped);
			}
			return;
		}
		if (!jobs.finish(tenantId, job.getId(), claim, TransferStatus.DONE, key)) {
			files.discard(key);
		}
	}
}
