package org.hutong.identity.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A role held by a user; an entity of its own so the link row carries its tenant too. */
@Entity
@Table(name = "identity_user_role")
class RoleAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "user_id")
	private User user;

	@Column(name = "role_id")
	private Long roleId;

	protected RoleAssignment() {
	}

	RoleAssignment(User user, Long roleId) {
		this.user = user;
		this.roleId = roleId;
	}

	Long getRoleId() {
		return roleId;
	}
}
