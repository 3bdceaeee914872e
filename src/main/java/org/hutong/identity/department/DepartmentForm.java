package org.hutong.identity.department;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * What the department form submits. Ids are checked against the enterprise by
 * {@link DepartmentManagement}; {@code version} is the one the form was loaded with.
 */
record DepartmentForm(
		@NotBlank(message = "{admin.required}") @Size(max = 50, message = "{admin.tooLong}") String name,
		Long parentId,
		Long leaderId,
		@NotNull(message = "{admin.required}") @Min(value = 0, message = "{department.sortOrder.range}")
		@Max(value = 9999, message = "{department.sortOrder.range}") Integer sortOrder,
		Long version) {

	DepartmentForm {
		name = Texts.clean(name);
	}

	static DepartmentForm blank(Long parentId) {
		return new DepartmentForm(null, parentId, null, 0, null);
	}

	static DepartmentForm of(Department department) {
		return new DepartmentForm(department.getName(), department.getParentId(), department.getLeaderId(),
				department.getSortOrder(), department.getVersion());
	}
}
