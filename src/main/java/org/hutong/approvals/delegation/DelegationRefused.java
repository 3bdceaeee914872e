package org.hutong.approvals.delegation;

import org.hutong.approvals.ApprovalRefused;

/** A delegation that cannot be set as asked; {@code field} is the form field the message belongs to. */
public class DelegationRefused extends RuntimeException implements ApprovalRefused {

	/** Why, each with its message ({@code approvals.delegation.refused.<reason>}) and its field. */
	public enum Reason {
		SELF("delegateId"), NOT_A_COLLEAGUE("delegateId"), CIRCULAR("delegateId"), ENDS_BEFORE_START("endsOn"),
		IN_THE_PAST("endsOn"), TOO_LONG("endsOn"), OVERLAPS("startsOn");

		private final String field;

		Reason(String field) {
			this.field = field;
		}
	}

	private final Reason reason;

	public DelegationRefused(Reason reason) {
		super("delegation refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public String field() {
		return reason.field;
	}

	@Override
	public String messageCode() {
		return "approvals.delegation.refused." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
