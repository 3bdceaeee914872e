package org.hutong.projects.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hutong.shared.Texts;

/**
 * A project as entered. Whether the type, manager, department, template and links may be used, and
 * whether the dates make sense, is checked by {@link ProjectManagement}. The template is picked once,
 * when the project is created; the status changes on an existing project only.
 *
 * @param templateId the lifecycle template to copy ({@code null}: the standard one)
 * @param version the version edited, for optimistic locking ({@code null} when creating)
 */
public record ProjectForm(
		@NotBlank(message = "{project.required}") @Size(max = 100, message = "{project.tooLong}") String name,
		@NotNull(message = "{project.required}") Long typeId,
		@NotNull(message = "{project.required}") Long managerId,
		Long departmentId,
		Priority priority,
		@NotNull(message = "{project.required}") LocalDate plannedStart,
		@NotNull(message = "{project.required}") LocalDate plannedEnd,
		Long templateId,
		Long customerId, Long opportunityId, Long contractId,
		@Size(max = 2000, message = "{project.tooLong}") String description,
		ProjectStatus status,
		@Size(max = 100, message = "{project.tooLong}") String fundingSource,
		@Size(max = 60, message = "{project.tooLong}") String grantNumber,
		@DecimalMin(value = "0", message = "{project.money.negative}")
		@DecimalMax(value = "99999999999999.99", message = "{project.money.tooHigh}")
		@Digits(integer = 14, fraction = 2, message = "{project.money.decimals}") BigDecimal fundedAmount,
		Long version) {

	public ProjectForm {
		name = Texts.clean(name);
		description = Texts.clean(description);
		fundingSource = Texts.clean(fundingSource);
		grantNumber = Texts.clean(grantNumber);
		priority = priority == null ? Priority.MEDIUM : priority;
	}

	/** An empty form for a new project managed by {@code managerId}. */
	public static ProjectForm blank(Long managerId, Long departmentId, Long customerId) {
		return new ProjectForm(null, null, managerId, departmentId, Priority.MEDIUM, null, null, null, customerId, null,
				null, null, null, null, null, null, null);
	}

	public ProjectForm withVersion(Long edited) {
		return new ProjectForm(name, typeId, managerId, departmentId, priority, plannedStart, plannedEnd, templateId,
				customerId, opportunityId, contractId, description, status, fundingSource, grantNumber, fundedAmount,
				edited);
	}
}
