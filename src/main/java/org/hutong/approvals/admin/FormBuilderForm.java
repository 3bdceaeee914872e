package org.hutong.approvals.admin;

import java.util.ArrayList;
import java.util.List;

import org.hutong.approvals.form.FormDefinition;
import org.hutong.approvals.form.FormDesign;

/** The form builder's page: the whole form posted at each step (add, move, remove a field) and saved at once. */
public class FormBuilderForm {

	private String key;

	private String name;

	private String nameEn;

	private String icon;

	private String description;

	private boolean enabled = true;

	private Long version;

	private List<FieldForm> fields = new ArrayList<>();

	static FormBuilderForm of(FormDefinition form) {
		FormBuilderForm builder = new FormBuilderForm();
		builder.key = form.getKey();
		builder.name = form.getName();
		builder.nameEn = form.getNameEn();
		builder.icon = form.getIcon();
		builder.description = form.getDescription();
		builder.enabled = form.isEnabled();
		builder.version = form.getVersion();
		builder.fields = new ArrayList<>(form.getFields().stream().map(FieldForm::of).toList());
		return builder;
	}

	FormDesign toDesign(String descriptionEn) {
		return new FormDesign(key, name, nameEn, icon == null || icon.isBlank() ? null : icon.strip(), description,
				descriptionEn, enabled, fields.stream().map(FieldForm::toField).toList(), version);
	}

	/** One step on the list of fields: add, remove, up or down at {@code index}; a column added to a table field. */
	void step(String op, int index) {
		switch (op) {
			case "add" -> fields.add(new FieldForm());
			case "remove" -> fields.remove(index);
			case "up" -> swap(index, index - 1);
			case "down" -> swap(index, index + 1);
			case "column" -> fields.get(index).getColumns().add(new FieldForm());
			default -> throw new IllegalArgumentException("unknown form builder step " + op);
		}
	}

	private void swap(int from, int to) {
		if (from >= 0 && to >= 0 && from < fields.size() && to < fields.size()) {
			FieldForm moved = fields.get(from);
			fields.set(from, fields.get(to));
			fields.set(to, moved);
		}
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getIcon() {
		return icon;
	}

	public void setIcon(String icon) {
		this.icon = icon;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<FieldForm> getFields() {
		return fields;
	}

	public void setFields(List<FieldForm> fields) {
		this.fields = fields == null ? new ArrayList<>() : fields;
	}
}
