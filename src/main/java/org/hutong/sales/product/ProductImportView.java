package org.hutong.sales.product;

import java.time.Instant;

import org.hutong.transfer.TransferJob;

/**
 * A product import job as the API shows it.
 *
 * @param status UPLOADED, QUEUED, RUNNING, CHECKED (dry run done), DONE or FAILED
 * @param dryRun the pass queued, running or last finished only checked the rows
 * @param percent processed rows of all rows, 0–100
 * @param errorRows rows refused so far; {@code GET …/errors} lists why
 * @param failure why the pass stopped, when FAILED
 */
record ProductImportView(long id, String status, boolean dryRun, boolean checked, String fileName, String mapping,
		int totalRows, int processedRows, int percent, int created, int updated, int unchanged, int errorRows,
		String failure, Instant createdAt, Instant finishedAt) {

	static ProductImportView of(TransferJob job, String failure) {
		return new ProductImportView(job.getId(), job.getStatus().name(), job.isDryRun(), job.isChecked(),
				job.getFileName(), job.getMapping(), job.getTotalRows(), job.getProcessedRows(), job.getPercent(),
				job.getCreatedCount(), job.getUpdatedCount(), job.getUnchangedCount(), job.getErrorCount(), failure,
				job.getCreatedAt(), job.getFinishedAt());
	}
}
