package org.hutong.projects.gate;

/**
 * A gatekeeper's decision: Go (the gate passed, the next phase entered), Kill (the project 已终止),
 * Hold (暂停 until a date) or Recycle (the phase reworked, the gate not passed). Only Go approves the
 * review's approval request; the others reject it.
 */
public enum GateOutcome {
	GO, KILL, HOLD, RECYCLE;

	public boolean approves() {
		return this == GO;
	}
}
