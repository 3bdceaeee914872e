package org.hutong.projects.lifecycle;

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
import org.hibernate.annotations.TenantId;

/**
 * 生命周期模板: the phases a kind of project goes through, each with its required deliverables and its
 * gate. Projects copy it when they are created; changing it never moves them (ADR 0042). Read-only in
 * the app for now; the tables are ready for the editor.
 */
@Entity
@Table(name = "projects_template")
public class LifecycleTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	private String code;

	private String name;

	private String description;

	private int position;

	private boolean active = true;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<TemplatePhase> phases = new ArrayList<>();

	protected LifecycleTemplate() {
	}

	LifecycleTemplate(String code, String name, String description, int position, Instant now) {
		this.code = code;
		this.name = name;
		this.description = description;
		this.position = position;
		this.updatedAt = now;
	}

	TemplatePhase addPhase(String phaseName, int durationShare, Long gatekeeperRoleId) {
		TemplatePhase phase = new TemplatePhase(this, phases.size() + 1, phaseName, durationShare, gatekeeperRoleId);
		phases.add(phase);
		return phase;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public int getPosition() {
		return position;
	}

	public boolean isActive() {
		return active;
	}

	public long getVersion() {
		return version;
	}

	public List<TemplatePhase> getPhases() {
		return List.copyOf(phases);
	}
}
