package org.hutong.approvals.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.hutong.approvals.file.ApprovalFile;
import org.hutong.approvals.file.ApprovalFiles;
import org.hutong.approvals.form.FieldDefinition;
import org.hutong.approvals.form.FieldType;
import org.hutong.approvals.form.FormDefinition;
import org.hutong.approvals.form.RecordKinds;
import org.hutong.identity.OrgChart;
import org.hutong.shared.RecordLinks.RecordLink;

/**
 * What a form's 人员, 部门 and link fields offer: the departments to choose from (indented as a tree),
 * the names of the people and the records already chosen, so a form drawn again shows 李明 and
 * 郑州供电公司, not ids.
 *
 * @param links the chosen records by {@code kind:id}
 */
public record FormChoices(Map<Long, String> people, List<OrgChart.Unit> departments, Map<Long, ApprovalFile> files,
		Map<String, RecordLink> links) {

	public static final FormChoices NONE = new FormChoices(Map.of(), List.of(), Map.of(), Map.of());

	/** A form field's name as sent, also in a line table: {@code reason}, {@code lines[0].receipts}. */
	static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}(\\[\\d{1,3}\\]\\.[A-Za-z][A-Za-z0-9_]{0,39})?");

	/** The choices of the form for the values as sent (or stored). */
	static FormChoices of(FormDefinition form, FormState state, OrgChart org, ApprovalFiles uploads,
			RecordKinds records) {
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
		return new FormChoices(people, departments ? org.units() : List.of(), uploads.byId(fileIds(fields, state)),
				links(fields, state, records));
	}

	/** The records the form's link fields hold that the user may open, one lookup per kind. */
	private static Map<String, RecordLink> links(List<FieldDefinition> fields, FormState state, RecordKinds records) {
		Map<String, List<Long>> chosen = new HashMap<>();
		for (FieldDefinition field : fields) {
			if (field.type() == FieldType.RECORD) {
				id(state.text(field.key())).ifPresent(id -> chosen.computeIfAbsent(field.record(), k -> new ArrayList<>()).add(id));
			}
		}
		Map<String, RecordLink> links = new HashMap<>();
		// an id typed in by hand that the user may not open is not named back to them
		chosen.forEach((kind, ids) -> records.find(kind, ids).forEach((id, link) -> {
			if (link.readable()) {
				links.put(kind + ":" + id, link);
			}
		}));
		return links;
	}

	/** The record a link field holds, as the form shows it again, or {@code null}. */
	public RecordLink linkOf(FieldDefinition field, String idText) {
		return id(idText).map(id -> links.get(field.record() + ":" + id)).orElse(null);
	}

	/** The files a field (or a table's cell) holds, as the form draws them again: the ones still there. */
	public List<ApprovalFile> filesOf(Object raw) {
		return FormState.items(raw).stream().map(FormChoices::fileId).filter(Objects::nonNull).map(files::get)
			.filter(Objects::nonNull).toList();
	}

	private static List<Long> fileIds(List<FieldDefinition> fields, FormState state) {
		List<Long> ids = new ArrayList<>();
		for (FieldDefinition field : fields) {
			if (field.type() == FieldType.ATTACHMENT) {
				FormState.items(state.raw().get(field.key())).forEach(item -> ids.add(fileId(item)));
			}
			for (FieldDefinition column : field.columns()) {
				if (column.type() == FieldType.ATTACHMENT) {
					for (int row = 0; row < state.rows(field.key()); row++) {
						FormState.items(state.cellRaw(field.key(), row, column.key())).forEach(item -> ids.add(fileId(item)));
					}
				}
			}
		}
		return ids.stream().filter(Objects::nonNull).distinct().toList();
	}

	/** A file's id as a form sends it (the id) or a request stores it ({@code {id, name}}). */
	private static Long fileId(Object item) {
		Object id = item instanceof Map<?, ?> map ? map.get("id") : item;
		return id != null && String.valueOf(id).matches("\\d{1,18}") ? Long.valueOf(String.valueOf(id)) : null;
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
