package org.hutong.sales.target;

/** Whose target: a person's or a department's. */
public enum TargetSubject {
	USER, DEPARTMENT
}
