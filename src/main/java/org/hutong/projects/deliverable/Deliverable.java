package org.hutong.projects.deliverable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.TenantId;

/**
 * A 交付物 of a project's phase: one its phase requires (copied from the template) or one added
 * freely. Its files with their versions are one shared document, made on the first upload; it is
 * 已提交 once it has a version. When the phase's gate passes, the current version is locked (the
 * accepted one); every later version is a 变更 and comes with a reason.
 */
@Entity
@Table(name = "projects_deliverable")
class Deliverable {

	static final int MAX_NAME = 50;

	static final int MAX_DESCRIPTION = 500;

	static final int MAX_REASON = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "project_id")
	private long projectId;

	@Column(name = "phase_id")
	private long phaseId;

	@Column(name = "phase_deliverable_id")
	private Long phaseDeliverableId;

	private int position;

	private String name;

	private String description;

	@Column(name = "document_id")
	private Long documentId;

	/** How many versions it has: the current one's number. */
	private int versions;

	@Column(name = "locked_version")
	private Integer lockedVersion;

	@Column(name = "locked_at")
	private Instant lockedAt;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	@Column(name = "row_version")
	private int rowVersion;

	@OneToMany(mappedBy = "deliverable", cascade = CascadeType.ALL)
	@OrderBy("versionNumber")
	@BatchSize(size = 50)
	private List<DeliverableChange> changes = new ArrayList<>();

	protected Deliverable() {
	}

	private Deliverable(long projectId, long phaseId, Long phaseDeliverableId, int position, String name,
			String description, Long by, Instant now) {
		this.projectId = projectId;
		this.phaseId = phaseId;
		this.phaseDeliverableId = phaseDeliverableId;
		this.position = position;
		this.name = name;
		this.description = description;
		this.createdBy = by;
		this.createdAt = now;
	}

	/** The project's row for a deliverable its phase requires. */
	static Deliverable required(long projectId, long phaseId, long phaseDeliverableId, int position, String name,
			Instant now) {
		return new Deliverable(projectId, phaseId, phaseDeliverableId, position, name, null, null, now);
	}

	/** One added freely to a phase, after the ones there. */
	static Deliverable free(long projectId, long phaseId, int position, String name, String description, long by,
			Instant now) {
		return new Deliverable(projectId, phaseId, null, position, name, description, by, now);
	}

	/** Its phase no longer requires it (a template was applied); with versions it stays, as one added freely. */
	void released() {
		phaseDeliverableId = null;
	}

	/** A version was added to its document: the first makes the document its own. */
	void added(long document, int number, String reason, long by, Instant now) {
		if (documentId != null && documentId != document) {
			throw new IllegalStateException("deliverable " + id + " keeps its files in document " + documentId);
		}
		if (locked() && reason == null) {
			throw new IllegalStateException("a locked deliverable's new version needs a reason");
		}
		this.documentId = document;
		this.versions = number;
		if (locked()) {
			changes.add(new DeliverableChange(this, number, reason, by, now));
		}
	}

	/** Its gate passed: the current version is the accepted one. Nothing to lock without a version; once locked it stays. */
	boolean lock(Instant now) {
		if (versions == 0 || locked()) {
			return false;
		}
		lockedVersion = versions;
		lockedAt = now;
		return true;
	}

	boolean locked() {
		return lockedVersion != null;
	}

	boolean required() {
		return phaseDeliverableId != null;
	}

	boolean submitted() {
		return versions > 0;
	}

	Long getId() {
		return id;
	}

	long getProjectId() {
		return projectId;
	}

	long getPhaseId() {
		return phaseId;
	}

	Long getPhaseDeliverableId() {
		return phaseDeliverableId;
	}

	int getPosition() {
		return position;
	}

	String getName() {
		return name;
	}

	String getDescription() {
		return description;
	}

	Long getDocumentId() {
		return documentId;
	}

	int getVersions() {
		return versions;
	}

	Integer getLockedVersion() {
		return lockedVersion;
	}

	Instant getLockedAt() {
		return lockedAt;
	}

	int getRowVersion() {
		return rowVersion;
	}

	List<DeliverableChange> getChanges() {
		return changes;
	}
}
