package org.hutong.approvals.flow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** 审批流程: what a request of this kind is called, who may submit it, and its current version. */
@Entity
@Table(name = "approval_flow")
public class Flow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "flow_key")
	private String key;

	private String name;

	private String icon;

	@Column(name = "form_key")
	private String formKey;

	private String submitters;

	@Column(name = "number_prefix")
	private String numberPrefix;

	@Column(name = "title_field")
	private String titleField;

	@Column(name = "summary_field")
	private String summaryField;

	@Column(name = "admin_id")
	private Long adminId;

	@Column(name = "current_version_id")
	private Long currentVersionId;

	private boolean enabled;

	@Version
	private long version;

	protected Flow() {
	}

	Flow(FlowForm form) {
		this.key = form.key();
		this.enabled = true;
		describe(form);
	}

	void describe(FlowForm form) {
		this.name = form.name();
		this.icon = form.icon();
		this.formKey = form.formKey();
		this.submitters = FlowJson.write(form.submitters() == null ? WhoMaySubmit.anyone() : form.submitters());
		this.numberPrefix = form.numberPrefix();
		this.titleField = form.titleField();
		this.summaryField = form.summaryField();
		this.adminId = form.adminId();
	}

	void useVersion(long versionId) {
		this.currentVersionId = versionId;
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
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

	public String getIcon() {
		return icon;
	}

	public String getFormKey() {
		return formKey;
	}

	public WhoMaySubmit getSubmitters() {
		return FlowJson.read(submitters, WhoMaySubmit.class);
	}

	public String getNumberPrefix() {
		return numberPrefix;
	}

	public String getTitleField() {
		return titleField;
	}

	public String getSummaryField() {
		return summaryField;
	}

	public Long getAdminId() {
		return adminId;
	}

	public Long getCurrentVersionId() {
		return currentVersionId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public long getVersion() {
		return version;
	}
}
