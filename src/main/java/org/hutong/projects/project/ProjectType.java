package org.hutong.projects.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/**
 * 项目类型: one entry of the enterprise's list (新产品开发 · 客户定制 · 技术改造 · 科研课题 to start with).
 * A funded type's projects carry the funding source, grant number and funded amount. A retired type
 * is offered no more; its projects keep it.
 */
@Entity
@Table(name = "projects_type")
public class ProjectType {

	static final int NAME_LENGTH = 30;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	private String code;

	private String name;

	private boolean funded;

	private int position;

	private boolean active = true;

	protected ProjectType() {
	}

	ProjectType(String code, String name, boolean funded, int position) {
		this.code = code;
		this.name = name;
		this.funded = funded;
		this.position = position;
	}

	void rename(String newName, boolean isFunded) {
		this.name = newName;
		this.funded = isFunded;
	}

	void retire() {
		active = false;
	}

	void restore() {
		active = true;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public boolean isFunded() {
		return funded;
	}

	public int getPosition() {
		return position;
	}

	public boolean isActive() {
		return active;
	}
}
