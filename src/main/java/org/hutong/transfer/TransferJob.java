package org.hutong.transfer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * A background 导入 or 导出 of one module's records (its {@code subject}: customers, products): what it
 * works on, who started it, how far it got. Created through JPA; its progress and status change only
 * through {@link TransferJobs}' guarded updates, so two nodes can never both work on it. Readable by
 * its creator only. The table keeps the name it got when customers were the only subject.
 */
@Entity
@Table(name = "customers_transfer_job")
public class TransferJob {

	/** Column sizes: uploads are refused, not cut, when their header or mapping would not fit. */
	public static final int HEADER_LENGTH = 4000;

	public static final int MAPPING_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	private String subject;

	@Enumerated(EnumType.STRING)
	private TransferKind kind;

	@Enumerated(EnumType.STRING)
	private TransferStatus status;

	@Column(name = "dry_run")
	private boolean dryRun;

	private boolean checked;

	@Column(name = "created_by")
	private long createdBy;

	private String creator;

	private String locale;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "source_key")
	private String sourceKey;

	@Column(name = "result_key")
	private String resultKey;

	@Column(length = MAPPING_LENGTH)
	private String mapping;

	@Column(length = HEADER_LENGTH)
	private String header;

	@Column(name = "to_pool")
	private boolean toPool;

	@Column(name = "owner_id")
	private Long ownerId;

	private String filter;

	@Column(name = "total_rows")
	private int totalRows;

	@Column(name = "processed_rows")
	private int processedRows;

	@Column(name = "last_row")
	private int lastRow;

	@Column(name = "created_count")
	private int createdCount;

	@Column(name = "updated_count")
	private int updatedCount;

	@Column(name = "unchanged_count")
	private int unchangedCount;

	@Column(name = "error_count")
	private int errorCount;

	private String failure;

	private String claim;

	@Column(name = "heartbeat_at")
	private Instant heartbeatAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	protected TransferJob() {
	}

	/** A new job of the signed-in user on the subject's records, waiting for its first pass. */
	public TransferJob(String subject, TransferKind kind, TransferStatus status, long createdBy, String creator,
			String locale, Instant now) {
		this.subject = subject;
		this.kind = kind;
		this.status = status;
		this.createdBy = createdBy;
		this.creator = creator;
		this.locale = locale;
		this.createdAt = now;
	}

	/**
	 * For an import: the upload it reads, its header and the suggested mapping; the owner of new records,
	 * or {@code null} for none (for customers: the public pool).
	 */
	public void source(String fileName, String sourceKey, String header, String mapping, int totalRows, Long ownerId) {
		this.fileName = fileName;
		this.sourceKey = sourceKey;
		this.header = header;
		this.mapping = mapping;
		this.totalRows = totalRows;
		this.ownerId = ownerId;
		this.toPool = ownerId == null;
	}

	/** A new export of the signed-in user, queued at once. */
	public static TransferJob export(String subject, long createdBy, String creator, String locale, Instant now) {
		return new TransferJob(subject, TransferKind.EXPORT, TransferStatus.QUEUED, createdBy, creator, locale, now);
	}

	/** For an export: the list's filter as JSON and the file name to offer. */
	public void exporting(String filter, String fileName) {
		this.filter = filter;
		this.fileName = fileName;
	}

	public Long getId() {
		return id;
	}

	public String getSubject() {
		return subject;
	}

	public TransferKind getKind() {
		return kind;
	}

	public TransferStatus getStatus() {
		return status;
	}

	public boolean isDryRun() {
		return dryRun;
	}

	public boolean isChecked() {
		return checked;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public String getCreator() {
		return creator;
	}

	public String getLocale() {
		return locale;
	}

	public String getFileName() {
		return fileName;
	}

	public String getSourceKey() {
		return sourceKey;
	}

	public String getResultKey() {
		return resultKey;
	}

	public String getMapping() {
		return mapping;
	}

	public String getHeader() {
		return header;
	}

	public boolean isToPool() {
		return toPool;
	}

	public Long getOwnerId() {
		return ownerId;
	}

	public String getFilter() {
		return filter;
	}

	public int getTotalRows() {
		return totalRows;
	}

	public int getProcessedRows() {
		return processedRows;
	}

	public int getLastRow() {
		return lastRow;
	}

	public int getCreatedCount() {
		return createdCount;
	}

	public int getUpdatedCount() {
		return updatedCount;
	}

	public int getUnchangedCount() {
		return unchangedCount;
	}

	public int getErrorCount() {
		return errorCount;
	}

	public String getFailure() {
		return failure;
	}

	public Instant getHeartbeatAt() {
		return heartbeatAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getFinishedAt() {
		return finishedAt;
	}

	/** Per cent done, 0–100. */
	public int getPercent() {
		return totalRows <= 0 ? (status == TransferStatus.DONE ? 100 : 0)
				: Math.min(100, processedRows * 100 / totalRows);
	}

	/** Whether a pass is queued or being worked on. */
	public boolean isBusy() {
		return status == TransferStatus.QUEUED || status == TransferStatus.RUNNING;
	}
}
