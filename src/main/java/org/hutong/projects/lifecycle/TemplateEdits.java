package org.hutong.projects.lifecycle;

import org.springframework.web.multipart.MultipartFile;

/** The template editor's small forms, one per step; each carries the template's version the editor saw. */
public final class TemplateEdits {

	private TemplateEdits() {
	}

	/** A new template: empty with its first phase, or a copy of another. */
	public record NewTemplate(String name, String description, Long copyFrom, String firstPhase) {
	}

	public record Naming(String name, String description, Long version) {
	}

	public record PhaseEdit(String name, Integer durationShare, Long gatekeeperRoleId, Long version) {
	}

	public record DeliverableAdd(String name, MultipartFile file, Long version) {
	}

	public record GatekeeperAdd(Long userId, Long version) {
	}

	public record CriterionAdd(CriterionKind kind, String label, Integer weight, Long version) {
	}
}
