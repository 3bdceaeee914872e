package org.hutong.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.hutong.tenancy.TenantPrincipal;
import org.hutong.web.LanguagePreference;
import org.hutong.web.PageUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in employee: who, in which enterprise, with which permissions and data
 * scope. Controllers take it with {@code @AuthenticationPrincipal}. {@link #getUsername()} is
 * qualified with the tenant code because a username is only unique inside one enterprise.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, TenantPrincipal, LanguagePreference, PageUser {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long userId;

	private final long tenantId;

	private final String tenantCode;

	private final String tenantName;

	private final String loginName;

	private final String displayName;

	private final Long departmentId;

	private final DataScope dataScope;

	private final Set<String> permissions;

	private final String language;

	private final List<RoleRef> roles;

	private String passwordHash;

	/** A role the user holds, by id and name, so pages and the API need not look it up again. */
	public record RoleRef(long id, String name) implements Serializable {
	}

	public SignedInUser(long userId, long tenantId, String tenantCode, String tenantName, String loginName,
			String displayName, Long departmentId, DataScope dataScope, Set<String> permissions, String language,
			List<RoleRef> roles, String passwordHash) {
		this.userId = userId;
		this.tenantId = tenantId;
		this.tenantCode = tenantCode;
		this.tenantName = tenantName;
		this.loginName = loginName;
		this.displayName = displayName;
		this.departmentId = departmentId;
		this.dataScope = dataScope;
		this.permissions = Set.copyOf(permissions);
		this.language = language;
		this.roles = List.copyOf(roles);
		this.passwordHash = passwordHash;
	}

	public static String qualifiedName(String tenantCode, String loginName) {
		return tenantCode + "/" + loginName;
	}

	public long userId() {
		return userId;
	}

	@Override
	public long tenantId() {
		return tenantId;
	}

	public String tenantCode() {
		return tenantCode;
	}

	public String tenantName() {
		return tenantName;
	}

	public String loginName() {
		return loginName;
	}

	public String displayName() {
		return displayName;
	}

	public Long departmentId() {
		return departmentId;
	}

	public DataScope dataScope() {
		return dataScope;
	}

	public Set<String> permissions() {
		return permissions;
	}

	public List<RoleRef> roles() {
		return roles;
	}

	public boolean can(String permission) {
		return permissions.contains(permission);
	}

	@Override
	public String language() {
		return language;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return permissions.stream().map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return qualifiedName(tenantCode, loginName);
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	/** The display name as a bean property, for whatever reads the principal by property name. */
	public String getDisplayName() {
		return displayName;
	}

	public String getTenantName() {
		return tenantName;
	}
}
