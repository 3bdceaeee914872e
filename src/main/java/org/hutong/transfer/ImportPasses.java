package org.hutong.transfer;

import java.util.ArrayList;
import java.util.List;

import org.hutong.tenancy.TenantContext;
import org.hutong.web.UniqueKeys;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One pass of an import over its file, for any subject: rows after the last committed one,
 * {@code chunk} rows per transaction, each transaction writing its records, its row errors and the
 * job's progress together, so what is committed is always consistent with {@code last_row}. A pass
 * that finds its claim gone, or its thread interrupted by a shutdown, stops between chunks and can
 * be resumed.
 */
@Component
public class ImportPasses {

	/** What one row comes to; refusals are added to {@code errors}. Runs inside the chunk's transaction. */
	public interface RowImport {

		ImportOutcome apply(ImportTable.Line line, List<RowError> errors);
	}

	private final TransferJobs jobs;

	private final TransferFiles files;

	private final TransferSettings settings;

	private final UniqueKeys uniqueKeys;

	private final TransactionTemplate transactions;

	ImportPasses(TransferJobs jobs, TransferFiles files, TransferSettings settings, UniqueKeys uniqueKeys,
			TransactionTemplate transactions) {
		this.jobs = jobs;
		this.files = files;
		this.settings = settings;
		this.uniqueKeys = uniqueKeys;
		this.transactions = transactions;
	}

	/** The job's upload, read again as the table it was when uploaded. */
	public ImportTable table(TransferJob job) {
		return ImportSheets.read(files.read(job.getSourceKey()), job.getFileName(), settings.maxRows());
	}

	/**
	 * Runs the pass; {@code finished} runs in the transaction that ends a real (not dry) run, e.g. to
	 * write the 审计日志. Rows that repeat an earlier row of the file are refused before {@code rows} sees them.
	 */
	public void run(TransferJob job, String claim, ImportTable table, FileDuplicates repeats, RowImport rows,
			Runnable finished) {
		long tenantId = TenantContext.require();
		List<ImportTable.Line> rest = table.rows().stream().filter(line -> line.number() > job.getLastRow()).toList();
		int chunk = settings.chunk();
		for (int from = 0; from < rest.size(); from += chunk) {
			List<ImportTable.Line> lines = rest.subList(from, Math.min(rest.size(), from + chunk));
			if (Thread.currentThread().isInterrupted() || !commit(tenantId, job.getId(), claim, lines, repeats, rows)) {
				return;
			}
		}
		transactions.executeWithoutResult(status -> {
			if (jobs.finish(tenantId, job.getId(), claim, job.isDryRun() ? TransferStatus.CHECKED : TransferStatus.DONE,
					null) && !job.isDryRun()) {
				finished.run();
			}
		});
	}

	/**
	 * One chunk in one transaction; false (and nothing written) when the claim was lost meanwhile. A
	 * chunk that breaks a duplicate rule of the database (someone saved the same key while it ran)
	 * rolled back whole, so it runs once more: its row checks now see that record and refuse the row,
	 * as any other duplicate.
	 */
	private boolean commit(long tenantId, long jobId, String claim, List<ImportTable.Line> lines,
			FileDuplicates repeats, RowImport rows) {
		try {
			return commitOnce(tenantId, jobId, claim, lines, repeats, rows);
		}
		catch (RuntimeException raced) {
			uniqueKeys.violated(raced).orElseThrow(() -> raced);
			return commitOnce(tenantId, jobId, claim, lines, repeats, rows);
		}
	}

	private boolean commitOnce(long tenantId, long jobId, String claim, List<ImportTable.Line> lines,
			FileDuplicates repeats, RowImport rows) {
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
					tally.add(rows.apply(line, errors));
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
