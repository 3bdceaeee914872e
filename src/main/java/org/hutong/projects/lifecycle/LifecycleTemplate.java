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
 * gate. Projects copy it when they are created; changing it never moves them (ADR 0042) unless it is
 * applied to them explicitly ({@link TemplateRollouts}). Edited whole: {@link #revise} takes the
 * template as it should be and keeps the phases and deliverables it recognises by id.
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

	/** A copy of this template's content under another code and name, to be edited on its own. */
	LifecycleTemplate copy(String newCode, String newName, int newPosition, Instant now) {
		LifecycleTemplate copy = new LifecycleTemplate(newCode, newName, description, newPosition, now);
		for (TemplatePhase phase : phases) {
			copy.phases.add(phase.copyInto(copy));
		}
		return copy;
	}

	/**
	 * The template as the form has it: name, description and phases in the form's order. A phase with
	 * the id of one of this template's keeps its identity (projects that copied it recognise it);
	 * others are new; phases left out go. Always touches the row, so the version moves with any edit.
	 */
	void revise(TemplateForm form, Instant now) {
		this.name = form.name().strip();
		this.description = form.description() == null || form.description().isBlank() ? null : form.description().strip();
		java.util.Map<Long, TemplatePhase> known = new java.util.HashMap<>();
		phases.forEach(p -> known.put(p.getId(), p));
		List<TemplatePhase> next = new ArrayList<>();
		int position = 1;
		for (TemplateForm.PhaseForm given : form.phases()) {
			TemplatePhase phase = given.id() == null ? null : known.remove(given.id());
			if (phase == null) {
				phase = new TemplatePhase(this, position, given.name().strip(), given.durationShare(), given.gatekeeperRoleId());
			}
			phase.revise(position++, given);
			next.add(phase);
		}
		phases.clear();
		phases.addAll(next);
		this.updatedAt = now;
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

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public List<TemplatePhase> getPhases() {
		return List.copyOf(phases);
	}
}
