package org.hutong.projects.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/**
 * A deliverable required to leave a template's phase (立项报告, 设计方案 …), by name, with an optional
 * template file (a shared document of subject {@code template-deliverable}) people start from.
 */
@Entity
@Table(name = "projects_template_deliverable")
public class TemplateDeliverable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "phase_id")
	private TemplatePhase phase;

	private int position;

	private String name;

	@Column(name = "document_id")
	private Long documentId;

	protected TemplateDeliverable() {
	}

	TemplateDeliverable(TemplatePhase phase, int position, String name) {
		this(phase, position, name, null);
	}

	TemplateDeliverable(TemplatePhase phase, int position, String name, Long documentId) {
		this.phase = phase;
		this.position = position;
		this.name = name;
		this.documentId = documentId;
	}

	TemplateDeliverable revise(int newPosition, String newName) {
		this.position = newPosition;
		this.name = newName;
		return this;
	}

	/** The template file's document, once one was uploaded. */
	void attach(long document) {
		this.documentId = document;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public String getName() {
		return name;
	}

	public Long getDocumentId() {
		return documentId;
	}
}
