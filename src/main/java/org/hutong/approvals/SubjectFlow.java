package org.hutong.approvals;

import java.util.List;

/**
 * An approval another module needs for its own records (a quote's discount, a contract): the form
 * holding the fields its conditions read, and a flow on it that {@link Approvals#prepare} makes for
 * an enterprise that has none yet — the submitter's direct leader approves. Administrators change
 * the flow like any other afterwards: approvers, conditions on the fields, who may submit.
 *
 * @param key the form's and the flow's key, such as {@code quoteDiscount}
 * @param numberPrefix the requests' number prefix, such as {@code ZK}
 * @param summaryField the field shown in the lists of requests
 * @param approversGiven whether the requesting module names the approvers of each request
 *        ({@link Approvals#request(org.hutong.shared.SubjectRef, String, String, java.util.Map, List)}), any
 *        one of whom decides (或签), instead of the submitter's direct leader
 */
public record SubjectFlow(String key, String name, String nameEn, String icon, String numberPrefix,
		String summaryField, List<Field> fields, boolean approversGiven) {

	/** The node whose approvers the requesting module gives. */
	public static final String GIVEN_NODE = "given";

	public SubjectFlow {
		fields = List.copyOf(fields);
	}

	public SubjectFlow(String key, String name, String nameEn, String icon, String numberPrefix, String summaryField,
			List<Field> fields) {
		this(key, name, nameEn, icon, numberPrefix, summaryField, fields, false);
	}

	/** A field of the form; {@code recordKind} names the linked record's kind for {@link Kind#RECORD}. */
	public record Field(String key, Kind kind, String label, String labelEn, String recordKind) {

		public static Field of(String key, Kind kind, String label, String labelEn) {
			return new Field(key, kind, label, labelEn, null);
		}

		public static Field record(String key, String kind, String label, String labelEn) {
			return new Field(key, Kind.RECORD, label, labelEn, kind);
		}
	}

	public enum Kind {
		TEXT, LONG_TEXT, NUMBER, MONEY, RECORD
	}
}
