package org.hutong.projects.deliverable;

import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/** A deliverable added freely: its name, the phase it belongs to and what it is. */
public record DeliverableForm(@Size(max = Deliverable.MAX_NAME, message = "{deliverable.tooLong}") String name,
		Long phaseId, @Size(max = Deliverable.MAX_DESCRIPTION, message = "{deliverable.tooLong}") String description) {

	public DeliverableForm {
		name = Texts.clean(name);
		description = Texts.clean(description);
	}
}
