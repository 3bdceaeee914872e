package org.hutong.approvals.form;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * 审批表单: the fields a request of a flow fills in, in order. Stock forms (请假, 报销 …) are seeded
 * for every enterprise and keep their key and their stock fields; an administrator defines others.
 * A request keeps its values; changing the form later leaves those values as they were.
 */
@Entity
@Table(name = "approval_form")
public class FormDefinition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "form_key")
	private String key;

	private String name;

	@Column(name = "name_en")
	private String nameEn;

	private String icon;

	private String description;

	@Column(name = "description_en")
	private String descriptionEn;

	private boolean stock;

	private boolean enabled = true;

	@Convert(converter = FieldsJson.class)
	private List<FieldDefinition> fields;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected FormDefinition() {
	}

	FormDefinition(FormDesign design, boolean stock, Instant now) {
		this.key = design.key();
		this.stock = stock;
		this.createdAt = now;
		change(design, now);
	}

	/** Everything but the key and whether it is a stock form. */
	void change(FormDesign design, Instant now) {
		this.name = design.name().strip();
		this.nameEn = blankToNull(design.nameEn());
		this.icon = blankToNull(design.icon());
		this.description = blankToNull(design.description());
		this.descriptionEn = blankToNull(design.descriptionEn());
		this.enabled = design.enabled();
		this.fields = List.copyOf(design.fields());
		this.updatedAt = now;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public String name(Locale locale) {
		return Label.of(name, nameEn).in(locale);
	}

	public Optional<FieldDefinition> field(String fieldKey) {
		return fields.stream().filter(field -> field.key().equals(fieldKey)).findFirst();
	}

	public Long getId() {
		return id;
	}

	public String getKey() {
		return key;
	}

	public String getName() {
		return name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String getIcon() {
		return icon;
	}

	public String getDescription() {
		return description;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public boolean isStock() {
		return stock;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public List<FieldDefinition> getFields() {
		return fields;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
