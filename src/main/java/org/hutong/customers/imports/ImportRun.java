package org.hutong.customers.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hutong.identity.AuditAction;
import org.hutong.identity.AuditLog;
import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.UniqueKeys;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One pass of an import over its file: rows after the last committed one, {@code chunk} rows per
 * transaction, each transaction writing its customers, its row errors and the job's progress
 * together, so what is committed is always consistent with {@code last_row}. A pass that finds its
 * claim gone, or its thread interrupted by a shutdown, stops between chunks and can be resumed.
 */
@Component
class ImportRun implements TransferWork {

	private final ImportUpsert upsert;

	private final TransferJobs jobs;

	private final Sources sources;

	private final DataScopes scopes;

	private final TransactionTemplate transactions;

	ImportRun(ImportUpsert upsert, TransferJobs jobs, Sources sources, DataScopes scopes,
			TransactionTemplate transactions) {
		this.upsert = upsert;
		this.jobs = jobs;
		this.sources = sources;
		this.scopes = scopes;
		this.transactions = transactions;
	}

	/** Where the file comes from and what the pass reports to, bundled to keep the constructor short. */
	@Component
	record Sources(TransferFiles files, ImportSettings settings, MessageSource messages, AuditLog audit,
			UniqueKeys uniqueKeys) {
	}

	@Override
	public TransferKind kind() {
		return TransferKind.IMPORT;
	}

	@Override
	public void run(TransferJob job, String claim, SignedInUser creator) {
		long tenantId = TenantContext.require();
		Locale locale = Locale.forLanguageTag(job.getLocale());
		ImportTable table = ImportSheets.read(sources.files().read(job.getSourceKey()), job.getFileName(),
				sources.settings().maxRows());
		ImportMapping mapping = ImportMapping.parse(job.getMapping(), table.header().size());
		FileDuplicates repeats = new FileDuplicates(table, mapping, sources.messages(), locale);
		ImportTarget target = new ImportTarget(creator, scopes.of(creator), job.isToPool() ? null : job.getOwnerId(),
				locale, job.isDryRun());
		List<ImportTable.Line> rest = table.rows().stream().filter(line -> line.number() > job.getLastRow()).toList();
		int chunk = sources.settings().chunk();
		for (int from = 0; from < rest.size(); from += chunk) {
			List<ImportTable.Line> lines = rest.subList(from, Math.min(rest.size(), from + chunk));
			if (Thread.currentThread().isInterrupted() || !commit(tenantId, job.getId(), claim, lines, mapping, repeats, target)) {
				return;
			}
		}
		transactions.executeWithoutResult(status -> {
			if (jobs.finish(tenantId, job.getId(), claim, job.isDryRun() ? TransferStatus.CHECKED : TransferStatus.DONE,
					null) && !job.isDryRun()) {
				sources.audit().record(AuditAction.CUSTOMERS_IMPORTED, "customers",
						"job=" + job.getId() + " file=" + job.getFileName() + " rows=" + table.rows().size());
			}
		});
	}

	/**
	 * One chunk in one transaction; false (and nothing written) when the claim was lost meanwhile. A
	 * chunk that breaks a duplicate rule of the database (someone saved the same name or mobile while
	 * it ran) rolled back whole, so it runs once more: its row checks now see that customer and refuse
	 * the row, as any other duplicate.
	 */
	private boolean commit(long tenantId, long jobId, String claim, List<ImportTable.Line> lines, ImportMapping mapping,
			FileDuplicates repeats, ImportTarget target) {
		try {
			return commitOnce(tenantId, jobId, claim, lines, mapping, repeats, target);
		}
		catch (RuntimeException raced) {
			sources.uniqueKeys().violated(raced).orElseThrow(() -> raced);
			return commitOnce(tenantId, jobId, claim, lines, mapping, repeats, target);
		}
	}

	private boolean commitOnce(long tenantId, long jobId, String claim, List<ImportTable.Line> lines,
			ImportMapping mapping, FileDuplicates repeats, ImportTarget target) {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			Tally tally = new Tally();
			List<RowError> errors = new ArrayList<>();
			for (ImportTable.Line line : lines) {
				RowError repeat = repeats.of(line.number());
				if (repeat != null) {
					errors.add(repeat);
					tally.add(ImportOutcome.REFUSED);
				}
				else {
					tally.add(upsert.apply(line, mapping, target, errors));
				}
			}
			jobs.errors(tenantId, jobId, errors);
			if (!jobs.progress(tenantId, jobId, claim, tally, lines.get(lines.size() - 1).number())) {
				status.setRollbackOnly();
				return false;
			}
			return true;
		}));
	}
}
