package org.hutong.approvals.flow;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a branch of a 条件分支 asks of the request: a field compared, the submitter's department, or groups. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = Condition.FieldCompare.class, name = "FIELD"),
		@JsonSubTypes.Type(value = Condition.DepartmentWithin.class, name = "DEPARTMENT"),
		@JsonSubTypes.Type(value = Condition.AllOf.class, name = "AND"),
		@JsonSubTypes.Type(value = Condition.AnyOf.class, name = "OR") })
public sealed interface Condition {

	enum Operator {
		GE, GT, EQ, NE, LT, LE, IN, CONTAINS
	}

	/**
	 * A form field against a value: numbers and money with the comparisons, a select {@code IN} a list,
	 * a multi-select that {@code CONTAINS} a value. {@code value} is a number, a text or a list of texts.
	 */
	record FieldCompare(String fieldKey, Operator operator, Object value) implements Condition {
	}

	/** The submitter's department is this department or one below it. */
	record DepartmentWithin(long departmentId) implements Condition {
	}

	record AllOf(List<Condition> conditions) implements Condition {

		public AllOf {
			conditions = conditions == null ? List.of() : List.copyOf(conditions);
		}
	}

	record AnyOf(List<Condition> conditions) implements Condition {

		public AnyOf {
			conditions = conditions == null ? List.of() : List.copyOf(conditions);
		}
	}
}
