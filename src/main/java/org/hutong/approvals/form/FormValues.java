package org.hutong.approvals.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.identity.Colleagues;
import org.hutong.identity.OrgChart;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks what someone filled in against the form, on the server, by the same definitions the page
 * is drawn from: raw values from JSON or from page parameters ({@link FormInput#fromParameters}) in,
 * clean typed values and problems by path out. People and departments must be of the current
 * enterprise; a linked record (a customer) one the user may open. Bad input of any shape is a problem, never an exception.
 */
@Service
@Transactional(readOnly = true)
public class FormValues {

	private final Colleagues colleagues;

	private final OrgChart orgChart;

	private final RecordKinds records;

	FormValues(Colleagues colleagues, OrgChart orgChart, RecordKinds records) {
		this.colleagues = colleagues;
		this.orgChart = orgChart;
		this.records = records;
	}

	/** Must run inside a tenant; {@code raw} may be null (then every required field is missing). */
	public FormCheck check(FormDefinition form, Map<String, Object> raw) {
		return check(form.getFields(), raw, new TenantDirectory(Set.of()));
	}

	/**
	 * The stored values with an approver's changes to the editable fields, checked as a whole (so a
	 * total follows its lines). {@code sent} holds the editable fields as sent; with {@code complete}
	 * (a page, which sends every editable field) one left out is emptied, else (the API) it is kept.
	 */
	public FormCheck edited(FormDefinition form, Map<String, Object> stored, Map<String, ?> sent, Set<String> editable,
			boolean complete) {
		Map<String, Object> merged = new LinkedHashMap<>(stored);
		for (String key : editable) {
			if (sent.containsKey(key)) {
				merged.put(key, sent.get(key));
			}
			else if (complete) {
				merged.remove(key);
			}
		}
		return check(form.getFields(), merged, new TenantDirectory(keptLinks(form, stored, merged)));
	}

	/**
	 * The links an approver's change leaves as they were, by {@code kind:id}: the submitter could
	 * open them, and an approver who may not (finance and a customer of sales) still approves.
	 */
	private static Set<String> keptLinks(FormDefinition form, Map<String, Object> stored, Map<String, Object> merged) {
		return form.getFields().stream()
			.filter(field -> field.type() == FieldType.RECORD && stored.get(field.key()) != null
					&& String.valueOf(stored.get(field.key())).equals(String.valueOf(merged.get(field.key()))))
			.map(field -> field.record() + ":" + stored.get(field.key()))
			.collect(Collectors.toSet());
	}

	/** The keys of the fields computed from others (a total from its lines). */
	public static Set<String> derivedKeys(FormDefinition form) {
		return form.getFields().stream().filter(FieldDefinition::isDerived).map(FieldDefinition::key)
			.collect(Collectors.toSet());
	}

	static FormCheck check(List<FieldDefinition> fields, Map<String, ?> raw, Directory directory) {
		ValueReader reader = new ValueReader(directory);
		Map<String, Object> values = new HashMap<>(reader.fields("", fields, raw == null ? Map.of() : raw));
		Derivations.fill(fields, values);
		Map<String, Object> ordered = new LinkedHashMap<>();
		fields.stream()
			.filter(field -> values.containsKey(field.key()))
			.forEach(field -> ordered.put(field.key(), values.get(field.key())));
		return new FormCheck(ordered, reader.problems());
	}

	/**
	 * A field's value as conditions compare it: BigDecimal for numbers and money (and a date range's
	 * working days), String for texts, single selects and dates (ISO, so they compare in order),
	 * List&lt;String&gt; for multi-selects, Long for a person or department. Empty when the form has no
	 * such field, or the value is missing or malformed — a condition on it then does not hold.
	 * {@code values} are checked or stored values ({@link FormCheck#values()} or {@code storable()}).
	 */
	public static Optional<Object> conditionValue(FormDefinition form, Map<String, ?> values, String key) {
		Optional<FieldDefinition> field = form.field(key);
		if (field.isEmpty() || values == null || field.get().type() == FieldType.TABLE
				|| field.get().type() == FieldType.ATTACHMENT) {
			return Optional.empty();
		}
		ValueReader reader = new ValueReader(Directory.TRUSTING);
		FieldDefinition lenient = new FieldDefinition(key, numericIfDerived(field.get()), field.get().label(), false, null,
				field.get().options(), null, FieldLimits.LONG_TEXT_MAX, 4, null, null, field.get().halfDays(), null, field.get().record());
		Object typed = reader.field(key, lenient, values.get(key));
		if (!reader.problems().isEmpty()) {
			return Optional.empty();
		}
		return Optional.ofNullable(forCondition(typed));
	}

	private static FieldType numericIfDerived(FieldDefinition field) {
		return field.type() == FieldType.MONEY ? FieldType.NUMBER : field.type();
	}

	private static Object forCondition(Object typed) {
		if (typed instanceof BigDecimal number) {
			return number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros();
		}
		if (typed instanceof LocalDate date) {
			return date.toString();
		}
		if (typed instanceof DateRange range) {
			return range.workingDays();
		}
		return typed;
	}

	/** Looks each id up once per check, in the current enterprise only; the links in {@code kept} stand. */
	private final class TenantDirectory implements Directory {

		private final Map<Long, Boolean> people = new HashMap<>();

		private final Set<String> kept;

		TenantDirectory(Set<String> kept) {
			this.kept = kept;
		}

		private Set<Long> departments;

		@Override
		public boolean isPerson(long id) {
			return people.computeIfAbsent(id, key -> colleagues.names(List.of(key)).containsKey(key));
		}

		@Override
		public boolean isDepartment(long id) {
			if (departments == null) {
				departments = orgChart.units().stream().map(OrgChart.Unit::id).collect(Collectors.toSet());
			}
			return departments.contains(id);
		}

		@Override
		public boolean isLinkable(String kind, long id) {
			return kept.contains(kind + ":" + id) || records.linkable(kind, id);
		}
	}
}
