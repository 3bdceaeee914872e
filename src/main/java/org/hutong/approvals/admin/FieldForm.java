package org.hutong.approvals.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hutong.approvals.flow.FlowJson;
import org.hutong.approvals.form.FieldDefinition;
import org.hutong.approvals.form.FieldOption;
import org.hutong.approvals.form.FieldType;
import org.hutong.approvals.form.Label;

/**
 * One field in the form builder. Options are typed one a line as {@code CODE=标签}. What the builder
 * does not edit (limits, half days, derivations, English labels of options) rides along in
 * {@code original}, the field as it was, so an edit keeps it.
 */
public class FieldForm {

	private String key;

	private FieldType type = FieldType.TEXT;

	private String label;

	private String labelEn;

	private boolean required;

	private String help;

	private String options;

	private List<FieldForm> columns = new ArrayList<>();

	/** For a link: the kind of record it points at. */
	private String record;

	private String original;

	static FieldForm of(FieldDefinition field) {
		FieldForm form = new FieldForm();
		form.key = field.key();
		form.type = field.type();
		form.label = field.label() == null ? null : field.label().zh();
		form.labelEn = field.label() == null ? null : field.label().en();
		form.required = field.required();
		form.help = field.help() == null ? null : field.help().zh();
		form.options = field.options().stream().map(o -> o.code() + "=" + o.label().zh()).collect(Collectors.joining("\n"));
		form.columns = new ArrayList<>(field.columns().stream().map(FieldForm::of).toList());
		form.record = field.record();
		form.original = FlowJson.write(field);
		return form;
	}

	FieldDefinition toField() {
		FieldDefinition was = original == null || original.isBlank() ? null : FlowJson.read(original, FieldDefinition.class);
		Label helpLabel = help == null || help.isBlank() ? null
				: Label.of(help.strip(), was == null || was.help() == null ? null : was.help().en());
		return new FieldDefinition(blankToNull(key), type, Label.of(blankToNull(label), blankToNull(labelEn)), required,
				helpLabel, parsedOptions(was), columns.stream().map(FieldForm::toField).toList(),
				was == null ? null : was.maxLength(), was == null ? null : was.scale(), was == null ? null : was.min(),
				was == null ? null : was.max(), was != null && was.halfDays(), was == null ? null : was.derivedFrom(),
				type == FieldType.RECORD ? blankToNull(record) : null);
	}

	private List<FieldOption> parsedOptions(FieldDefinition was) {
		if (options == null || options.isBlank()) {
			return List.of();
		}
		Map<String, FieldOption> before = was == null ? Map.of()
				: was.options().stream().collect(Collectors.toMap(FieldOption::code, Function.identity(), (a, b) -> a));
		return options.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
			int equals = line.indexOf('=');
			String code = equals < 0 ? line : line.substring(0, equals).strip();
			String zh = equals < 0 ? line : line.substring(equals + 1).strip();
			FieldOption old = before.get(code);
			return new FieldOption(code, Label.of(zh, old == null ? null : old.label().en()));
		}).toList();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public String getRecord() {
		return record;
	}

	public void setRecord(String record) {
		this.record = record;
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public FieldType getType() {
		return type;
	}

	public void setType(FieldType type) {
		this.type = type;
	}

	public String getLabel() {
		return label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public String getLabelEn() {
		return labelEn;
	}

	public void setLabelEn(String labelEn) {
		this.labelEn = labelEn;
	}

	public boolean isRequired() {
		return required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public String getHelp() {
		return help;
	}

	public void setHelp(String help) {
		this.help = help;
	}

	public String getOptions() {
		return options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public List<FieldForm> getColumns() {
		return columns;
	}

	public void setColumns(List<FieldForm> columns) {
		this.columns = columns == null ? new ArrayList<>() : columns;
	}

	public String getOriginal() {
		return original;
	}

	public void setOriginal(String original) {
		this.original = original;
	}
}
