package org.hutong.approvals.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.hutong.approvals.form.FieldDefinition;
import org.hutong.approvals.form.FieldType;
import org.hutong.approvals.form.FormDefinition;
import org.hutong.identity.OrgChart;

/**
 * What a form's 人员 and 部门 fields offer: the departments to choose from (indented as a tree) and
 * the names of the people already chosen, so a form drawn again shows 李明, not an id.
 */
public record FormChoices(Map<Long, String> people, List<OrgChart.Unit> departments) {

	public static final FormChoices NONE = new FormChoices(Map.of(), List.of());

	/** The choices of the form for the values as sent (or stored). */
	static FormChoices of(FormDefinition form, FormState state, OrgChart org) {
		List<FieldDefinition> fields = form.getFields();
		List<Long> chosen = new ArrayList<>();
		for (FieldDefinition field : fields) {
			if (field.type() == FieldType.PERSON) {
				id(state.text(field.key())).ifPresent(chosen::add);
			}
			for (FieldDefinition column : field.columns()) {
				if (column.type() == FieldType.PERSON) {
					for (int row = 0; row < state.rows(field.key()); row++) {
						id(state.cell(field.key(), row, column.key())).ifPresent(chosen::add);
					}
				}
			}
		}
		Map<Long, String> people = new HashMap<>();
		org.members(chosen).forEach((id, member) -> people.put(id, member.displayName()));
		boolean departments = fields.stream()
			.anyMatch(has(FieldType.DEPARTMENT).or(f -> f.columns().stream().anyMatch(has(FieldType.DEPARTMENT))));
		return new FormChoices(people, departments ? org.units() : List.of());
	}

	/** The name of the person whose id is this text, or {@code null}. */
	public String nameOf(String idText) {
		return id(idText).map(people::get).orElse(null);
	}

	/** A form field's name as an element id: {@code lines[0].who} becomes {@code pick-lines-0--who}. */
	public static String elementId(String fieldName) {
		return "pick-" + fieldName.replaceAll("[^A-Za-z0-9_-]", "-");
	}

	private static Predicate<FieldDefinition> has(FieldType type) {
		return field -> field.type() == type;
	}

	private static Optional<Long> id(String text) {
		return text != null && text.matches("\\d{1,18}") ? Optional.of(Long.valueOf(text))
				: Optional.empty();
	}
}
