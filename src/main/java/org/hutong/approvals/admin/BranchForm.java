package org.hutong.approvals.admin;

import org.hutong.approvals.flow.Condition;

/**
 * One branch of a 条件分支 in the node editor: its name and one condition, on a form field
 * ({@code FIELD}: field, operator, value) or on the submitter's department ({@code DEPARTMENT}).
 */
public class BranchForm {

	public enum Test {
		FIELD, DEPARTMENT
	}

	private String name;

	private Test test = Test.FIELD;

	private String fieldKey;

	private Condition.Operator operator = Condition.Operator.GE;

	private String value;

	private Long departmentId;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Test getTest() {
		return test;
	}

	public void setTest(Test test) {
		this.test = test;
	}

	public String getFieldKey() {
		return fieldKey;
	}

	public void setFieldKey(String fieldKey) {
		this.fieldKey = fieldKey;
	}

	public Condition.Operator getOperator() {
		return operator;
	}

	public void setOperator(Condition.Operator operator) {
		this.operator = operator;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}
}
