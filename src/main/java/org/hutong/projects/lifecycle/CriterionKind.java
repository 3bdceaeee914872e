package org.hutong.projects.lifecycle;

/** A gate criterion: 必须满足 (a checklist item; any "no" blocks Go) or 应该满足 (scored, with a weight). */
public enum CriterionKind {
	MUST, SHOULD
}
