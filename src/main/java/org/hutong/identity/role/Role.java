package org.hutong.identity.role;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.hutong.identity.DataScope;

/**
 * 角色: a named set of permissions and a data scope. The built-in administrator role holds every
 * permission, including those of modules added later, and cannot be deleted.
 */
@Entity
@Table(name = "identity_role")
public class Role {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	private String name;

	private String description;

	/** Permission codes, comma separated: a role holds a few dozen at most. */
	private String permissions;

	@Enumerated(EnumType.STRING)
	@Column(name = "data_scope")
	private DataScope dataScope;

	private boolean administrator;

	@Version
	private long version;

	protected Role() {
	}

	public Role(String name, String description, Set<String> permissions, DataScope dataScope) {
		update(name, description, permissions, dataScope);
	}

	public static Role administrator(String name, String description) {
		Role role = new Role(name, description, Set.of(), DataScope.ALL);
		role.administrator = true;
		return role;
	}

	public void update(String name, String description, Set<String> permissions, DataScope dataScope) {
		this.name = name;
		this.description = description;
		this.permissions = String.join(",", new TreeSet<>(permissions));
		this.dataScope = administrator ? DataScope.ALL : dataScope;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public Set<String> getPermissions() {
		if (permissions == null || permissions.isBlank()) {
			return new TreeSet<>();
		}
		return new TreeSet<>(Arrays.asList(permissions.split(",")));
	}

	public DataScope getDataScope() {
		return dataScope;
	}

	public boolean isAdministrator() {
		return administrator;
	}

	public long getVersion() {
		return version;
	}
}
